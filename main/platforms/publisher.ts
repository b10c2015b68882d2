import type { LoginPath, MediaProbe, Platform, PostType, TargetOptions, ValidationIssue } from '../../preload/contract';
import type { PlatformNetworks } from './platformNetworks';

/**
 * The seam between the scheduling engine (main/schedule/) and each platform (issue 6 and 7).
 *
 * A publisher turns one target into an ordered list of steps (stage media, create container,
 * upload, wait until ready, publish, fetch permalink). The engine runs them one at a time and
 * persists each step's result the moment it returns, so after a crash it resumes from the last
 * finished step and never runs a finished step again. Before a step starts, the engine persists
 * that it started; a step found started but not finished after a crash (or whose answer was lost
 * to a dropped connection) is "in doubt": the engine calls its `confirm`, which looks on the
 * platform, before it runs the step again. A step that cannot have happened on the platform, or
 * that is harmless to repeat (an upload, a container that is never published), needs no confirm.
 */

/** What a finished step leaves for later steps and for a resume: ids, URLs, counts. JSON only. */
export type StepValue = string | number | boolean | null | readonly string[];
export type StepResult = Readonly<Record<string, StepValue>>;

/** The results of the finished steps, by step name. */
export type StepResults = Readonly<Record<string, StepResult>>;

/** One media item of the target, as stored in the library. */
export interface PublishMedia {
  id: string;
  kind: 'image' | 'video';
  /** The stored file's absolute path (read it from disk; never a URL). */
  filePath: string;
  originalName: string;
  probe: MediaProbe;
}

/** The account a target goes to, with what the calls need to reach it (never a token). */
export interface PublishAccount {
  id: string;
  platform: Platform;
  platformAccountId: string;
  loginPath: LoginPath;
  isDemo: boolean;
  displayName: string;
}

/** Everything a publisher needs to know about one target, read fresh at claim time. */
export interface PublishJob {
  targetId: string;
  postId: string;
  platform: Platform;
  postType: PostType;
  /** The caption variant, or the post's text when the target follows it. */
  caption: string;
  media: readonly PublishMedia[];
  options: TargetOptions;
  /** Remove location and camera details from photos before they leave the machine. */
  stripMetadata: boolean;
  account: PublishAccount;
  /** When the owner wants it out. For a platform-side schedule, the time handed to the platform. */
  dueAt: Date;
}

/** The account's tokens, read from the vault when a step needs them (refreshed when due). */
export interface PublishCredentials {
  /** The token the account's calls use (a Page token for Facebook Login accounts). */
  accessToken(): Promise<string>;
  /** The Page token of the Facebook Page linked to an Instagram account (Facebook Login only). */
  linkedPageAccessToken(): Promise<{ pageId: string; accessToken: string } | null>;
  /**
   * Renews the access token now, where the platform allows it (TikTok), after the platform refused
   * one that had not lapsed yet. A no-op where tokens are not renewed.
   */
  renew(): Promise<void>;
}

/** What a running step may use. Everything time- or network-related comes from here, so tests control it. */
export interface StepContext {
  job: PublishJob;
  /** Results of the steps finished so far (this attempt and any before a crash). */
  results: StepResults;
  networks: PlatformNetworks;
  credentials: PublishCredentials;
  /** Reports how far this step is (0..1); the engine throttles what reaches the UI. */
  progress(fraction: number): void;
  now(): Date;
  /** Waits between polls; resolves early and rejects with the signal's reason when aborted. */
  sleep(ms: number): Promise<void>;
  signal: AbortSignal;
}

export interface PublishStep {
  /** Stable id persisted with the result ("createContainer", "upload:2"); never reworded. */
  name: string;
  /** Plain words for the timeline and the tray: "Uploading the video". */
  label: string;
  /** Does the work; throws a PlatformError (platformErrors.ts) or another DomainError on failure. */
  run(context: StepContext): Promise<StepResult>;
  /**
   * For a step that may have happened on the platform although its answer never arrived (a
   * publish): looks there and returns the result if it did happen, or null when it surely did
   * not, so the engine runs the step again. Throws when it cannot tell (the engine retries later).
   */
  confirm?(context: StepContext): Promise<StepResult | null>;
  /**
   * Once this step has started, the platform may publish the post whatever happens next (the
   * publish call, the last bytes of a TikTok upload). A target past such a step never ends as
   * "failed" for a transient error: the engine keeps checking, and asks the owner if it cannot tell.
   */
  commits?: boolean;
  /**
   * A step that runs once the post is out (a first comment), listed after the publishing steps.
   * The engine records the target as published first, then runs it; a failure worth retrying is
   * tried again a few times, and its outcome is a timeline line of its own ('comment'). It never
   * changes the published target, whatever happens. Its `confirm` is asked before any repeat (a
   * lost answer, a crash), so it is not done twice.
   */
  afterPublished?: AfterPublished;
}

/** What the owner reads about a step that runs after the post is out. */
export interface AfterPublished {
  /** When it worked: "First comment posted." */
  done: string;
  /** When it did not, before the platform's words: "The first comment was not posted." */
  notDone: string;
  /** What the owner can do after this error: post it by hand, reconnect, allow a permission. */
  remedy(error: unknown): string;
}

/** Where the post ended up, read from the finished steps' results. */
export interface PublishedPost {
  platformPostId: string;
  permalink: string | null;
}

/**
 * Platform-side scheduling (Facebook Pages, `scheduled_publish_time`): the post is handed over
 * before its time and the platform publishes it, with Outpost closed.
 */
export interface PlatformSchedule {
  /** Whether this target may be handed over for this due time (post type, the platform's window). */
  accepts(job: PublishJob, now: Date): boolean;
  /** Steps that upload the media and create the scheduled post; the last result names it. */
  handOverSteps(job: PublishJob): readonly PublishStep[];
  /** The scheduled post's id, from the hand-over steps' results. */
  scheduledPostId(results: StepResults): string;
  /** Moves the scheduled post to `job.dueAt`. */
  move(context: StepContext, scheduledPostId: string): Promise<void>;
  /** Deletes the scheduled post (and anything staged for it). */
  remove(context: StepContext, scheduledPostId: string): Promise<void>;
  /** After its time: the post as published, or null while the platform has not published it yet. */
  checkPublished(context: StepContext, scheduledPostId: string): Promise<PublishedPost | null>;
}

export interface Publisher {
  platform: Platform;
  /**
   * Checks the job right before publishing (files can change after the draft was written): the
   * same rules as the composer, on the media as they are on disk now. Errors stop the target.
   */
  check(job: PublishJob): Promise<readonly ValidationIssue[]>;
  /** The steps that publish this target now, in order. */
  steps(job: PublishJob): readonly PublishStep[];
  /** The published post, from the finished steps' results. */
  published(results: StepResults): PublishedPost;
  /**
   * Removes anything staged for the target (an unpublished Page photo, a bucket object) after it
   * finished or failed for good. Best effort: a failure is logged, never fails the target.
   */
  cleanUp?(context: StepContext): Promise<void>;
  platformSchedule?: PlatformSchedule;
}
