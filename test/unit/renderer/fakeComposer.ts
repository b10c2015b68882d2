/**
 * The composer's half of the fake `window.api`: ONE in-memory store of posts and media, the
 * `posts.*` and `media.*` channels over it, and `importFiles`. fakeApi.ts spreads `handlers` into
 * its own and puts `importFiles` on the api; tests read and seed the store as `fake.composer`.
 *
 * It behaves like main where screens depend on it: the drafts list searches, filters by account
 * and sorts; delete moves a post to the bin and restore brings it back; a media item's id comes
 * from its bytes (the same file twice is one item); an item's use is counted from the posts not in
 * the bin; an item a scheduled post uses cannot be deleted (MEDIA_IN_USE), and deleting one takes
 * it out of every post.
 */
import type { ImportableFile } from '../../../preload/api';
import {
  defaultTargetOptions,
  suggestPostType,
  type Channel,
  type MediaDetails,
  type MediaImportResult,
  type MediaItem,
  type MediaProbe,
  type Platform,
  type PostDraft,
  type PostEditorState,
  type PostSummary,
  type PostTarget,
  type PostValidation,
  type Result,
} from '../../../preload/contract';
import { ok, type FakeHandlers } from './fakeApi';

export interface FakeComposerStore {
  /** Every post main holds, in the bin or not. */
  posts: PostDraft[];
  /** Ids of the posts in the bin: posts.delete puts them here, posts.restore takes them out. */
  binned: Set<string>;
  /** The library. `usedByPostCount` is worked out from `posts` on every read, as main counts it. */
  media: MediaItem[];
  /** The files importFiles was given, in order. */
  importedFiles: File[];
  /**
   * What main's validation says about a post (posts.validate, and every editor state the fake
   * answers with). By default nothing is wrong; composer tests put their own rules here.
   */
  validate: (post: PostDraft) => PostValidation;
}

type ComposerChannel = Extract<Channel, `posts.${string}` | `media.${string}`>;

export interface FakeComposer {
  store: FakeComposerStore;
  handlers: Pick<FakeHandlers, ComposerChannel>;
  /** The transport's file import, as the desktop preload and browser mode provide it. */
  importFiles(files: readonly ImportableFile[]): Promise<Result<MediaImportResult[]>>;
}

// ---------------------------------------------------------------------------------------------
// Fixtures
// ---------------------------------------------------------------------------------------------

export const CREATED_AT = '2025-12-01T09:00:00.000Z';

/** A target still being drafted, with what a new target gets (no account unless given). */
export function draftTarget(postId: string, platform: Platform, accountId: string | null = null, overrides: Partial<PostTarget> = {}): PostTarget {
  return {
    id: `${postId}-${platform}-${accountId ?? 'unchosen'}`,
    platform,
    accountId,
    postType: suggestPostType(platform, []),
    caption: null,
    mediaIds: null,
    options: defaultTargetOptions(platform),
    status: 'draft',
    ...overrides,
  };
}

export function draftPost(id: string, overrides: Partial<PostDraft> = {}): PostDraft {
  return { id, body: '', mediaIds: [], stripMetadata: true, targets: [], createdAt: CREATED_AT, updatedAt: CREATED_AT, ...overrides };
}

/** A 64-hex id for a fixture, from its name; imported files get the SHA-256 of their bytes instead. */
export function fixtureMediaId(name: string): string {
  let hash = 0x811c9dc5;
  let hex = '';
  for (let round = 0; hex.length < 64; round++) {
    for (const character of `${round}:${name}`) hash = Math.imul(hash ^ character.charCodeAt(0), 0x01000193) >>> 0;
    hex += hash.toString(16).padStart(8, '0');
  }
  return hex.slice(0, 64);
}

const PHOTO_PROBE: MediaProbe = {
  kind: 'image',
  format: 'jpeg',
  byteSize: 2_400_000,
  width: 1080,
  height: 1350,
  orientation: null,
  colorSpace: 'sRGB',
  hasLocation: false,
  hasCameraDetails: false,
  durationMs: null,
  videoCodec: null,
  audioCodec: null,
  audioSampleRateHz: null,
  frameRate: null,
  moovAtFront: null,
};

const VIDEO_PROBE: MediaProbe = {
  ...PHOTO_PROBE,
  kind: 'video',
  format: 'mp4',
  byteSize: 48_000_000,
  width: 1080,
  height: 1920,
  colorSpace: null,
  durationMs: 32_000,
  videoCodec: 'h264',
  audioCodec: 'aac',
  audioSampleRateHz: 48_000,
  frameRate: 30,
  moovAtFront: true,
};

/** A library item: a 4:5 JPEG photo, or a 9:16 MP4 when the probe says video. */
export function mediaItem(originalName: string, overrides: Omit<Partial<MediaItem>, 'probe'> & { probe?: Partial<MediaProbe> } = {}): MediaItem {
  const { probe, ...rest } = overrides;
  const id = rest.id ?? fixtureMediaId(originalName);
  return {
    id,
    originalName,
    importedAt: CREATED_AT,
    probe: { ...(probe?.kind === 'video' ? VIDEO_PROBE : PHOTO_PROBE), ...probe },
    thumbnailUrl: `/media/${id}/thumbnail.jpg`,
    previewUrl: `/media/${id}/preview.jpg`,
    derivedFrom: null,
    usedByPostCount: 0,
    ...rest,
  };
}

// ---------------------------------------------------------------------------------------------
// The store and its channels
// ---------------------------------------------------------------------------------------------

const notFound = (what: string): Result<never> => ({ ok: false, code: 'NOT_FOUND', message: `That ${what} no longer exists.` });

/** The start of a post's text on one line, as the lists show it. */
function excerptOf(post: PostDraft): string {
  return post.body.replace(/\s+/g, ' ').trim().slice(0, 80);
}

/** Every media id a post uses: its own and its targets' selections. */
function mediaIdsOf(post: PostDraft): Set<string> {
  return new Set([...post.mediaIds, ...post.targets.flatMap((target) => target.mediaIds ?? [])]);
}

const isScheduled = (post: PostDraft) => post.targets.some((target) => target.status === 'scheduled' || target.status === 'publishing');
const isDraft = (post: PostDraft) => post.targets.every((target) => target.status === 'draft');

/** What validation says in the fake: nothing wrong; ready once every target has an account. */
function noIssues(post: PostDraft): PostValidation {
  return { issues: [], measures: [], readyToSchedule: post.targets.length > 0 && post.targets.every((target) => target.accountId !== null) };
}


async function sha256Hex(file: File): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', await file.arrayBuffer());
  return Array.from(new Uint8Array(digest), (byte) => byte.toString(16).padStart(2, '0')).join('');
}

export function createFakeComposer(seed: { posts?: PostDraft[]; media?: MediaItem[] } = {}): FakeComposer {
  const store: FakeComposerStore = {
    posts: [...(seed.posts ?? [])],
    binned: new Set(),
    media: [...(seed.media ?? [])],
    importedFiles: [],
    validate: noIssues,
  };
  const editorState = (post: PostDraft): Result<PostEditorState> => ok({ post, validation: store.validate(post) });
  let created = 0;

  const livePosts = () => store.posts.filter((post) => !store.binned.has(post.id));
  const findLive = (postId: string) => livePosts().find((post) => post.id === postId);
  const usersOf = (mediaId: string) => livePosts().filter((post) => mediaIdsOf(post).has(mediaId));
  const withCount = (item: MediaItem): MediaItem => ({ ...item, usedByPostCount: usersOf(item.id).length });
  const now = () => new Date().toISOString();

  const summaryOf = (post: PostDraft): PostSummary => {
    const first = store.media.find((item) => item.id === post.mediaIds[0]);
    return {
      id: post.id,
      excerpt: excerptOf(post),
      thumbnailUrl: first?.thumbnailUrl ?? null,
      mediaCount: post.mediaIds.length,
      targets: post.targets.map(({ platform, accountId, status }) => ({ platform, accountId, status })),
      createdAt: post.createdAt,
      updatedAt: post.updatedAt,
    };
  };

  const addItem = (item: MediaItem): MediaImportResult => {
    const existing = store.media.find((candidate) => candidate.id === item.id);
    if (!existing) store.media = [item, ...store.media];
    return { outcome: 'imported', fileName: item.originalName, item: withCount(existing ?? item), duplicate: existing !== undefined };
  };

  /** As main's import: empty files and files that are neither a picture nor a video fail, alone. */
  const importFile = async (file: File): Promise<MediaImportResult> => {
    if (file.size === 0) return { outcome: 'failed', fileName: file.name, message: 'This file is empty.', action: 'Export it again and import the new copy.' };
    const kind = file.type.startsWith('video/') ? 'video' : file.type.startsWith('image/') ? 'image' : null;
    if (!kind) return { outcome: 'failed', fileName: file.name, message: 'This file is not a photo or a video.' };
    const format = file.name.split('.').pop()?.toLowerCase() ?? (kind === 'video' ? 'mp4' : 'jpeg');
    return addItem(mediaItem(file.name, { id: await sha256Hex(file), importedAt: now(), probe: { kind, format, byteSize: file.size } }));
  };

  const newPost = (from: Partial<PostDraft> = {}): PostDraft => {
    const id = `post-new-${++created}`;
    const post = draftPost(id, { ...from, id, createdAt: now(), updatedAt: now() });
    store.posts = [...store.posts, post];
    return post;
  };

  const handlers: FakeComposer['handlers'] = {
    'posts.listDrafts': ({ search, accountId, sort = 'updated' }) => {
      const needle = search?.trim().toLocaleLowerCase();
      const order: Record<typeof sort, (a: PostDraft, b: PostDraft) => number> = {
        updated: (a, b) => b.updatedAt.localeCompare(a.updatedAt),
        created: (a, b) => b.createdAt.localeCompare(a.createdAt),
        text: (a, b) => a.body.localeCompare(b.body),
      };
      const drafts = livePosts()
        .filter(isDraft)
        .filter((post) => !needle || post.body.toLocaleLowerCase().includes(needle))
        .filter((post) => !accountId || post.targets.some((target) => target.accountId === accountId))
        .sort(order[sort]);
      return ok(drafts.map(summaryOf));
    },
    'posts.duplicate': ({ postId }) => {
      const original = findLive(postId);
      if (!original) return notFound('post');
      const copy = newPost({ body: original.body, mediaIds: original.mediaIds, stripMetadata: original.stripMetadata });
      copy.targets = original.targets.map((target) => ({ ...target, id: `${copy.id}-${target.id}`, status: 'draft' }));
      return editorState(copy);
    },
    'posts.delete': ({ postId }) => {
      if (!findLive(postId)) return notFound('post');
      store.binned.add(postId);
      return ok(null);
    },
    'posts.restore': ({ postId }) => (store.binned.delete(postId) ? ok(null) : notFound('post')),
    'posts.create': () => editorState(newPost()),
    'posts.get': ({ postId }) => {
      const post = findLive(postId);
      return post ? editorState(post) : notFound('post');
    },
    'posts.save': (draft) => {
      const saved = { ...draft, updatedAt: now() };
      store.posts = [...store.posts.filter((post) => post.id !== draft.id), saved];
      return editorState(saved);
    },
    'posts.validate': (draft) => ok(store.validate(draft)),
    /** Makes the fixed item from the old one and puts it in the old one's place everywhere in the post. */
    'posts.applyMediaFix': ({ postId, mediaId, fix }) => {
      const post = findLive(postId);
      const original = store.media.find((item) => item.id === mediaId);
      if (!post || !original) return notFound(post ? 'media item' : 'post');
      const fixedId = fixtureMediaId(`${mediaId}:${fix.kind}`);
      addItem({ ...original, id: fixedId, derivedFrom: { mediaId, fix: fix.kind }, importedAt: now() });
      const swap = (ids: string[]) => ids.map((id) => (id === mediaId ? fixedId : id));
      const fixed = { ...post, mediaIds: swap(post.mediaIds), targets: post.targets.map((target) => ({ ...target, mediaIds: target.mediaIds && swap(target.mediaIds) })) };
      store.posts = store.posts.map((candidate) => (candidate.id === postId ? fixed : candidate));
      const answer = editorState(fixed);
      return answer.ok ? ok({ ...answer.value, fixedMediaId: fixedId }) : answer;
    },
    'media.importPaths': async ({ paths }) =>
      ok(await Promise.all(paths.map((path) => importFile(new File([path], path.split(/[\\/]/).pop() ?? path, { type: 'image/jpeg' }))))),
    'media.list': ({ search, kind, usage = 'all' }) => {
      const needle = search?.trim().toLocaleLowerCase();
      const items = store.media
        .map(withCount)
        .filter((item) => !needle || item.originalName.toLocaleLowerCase().includes(needle))
        .filter((item) => !kind || item.probe.kind === kind)
        .filter((item) => usage === 'all' || (usage === 'used') === item.usedByPostCount > 0);
      return ok(items);
    },
    'media.get': ({ mediaId }) => {
      const item = store.media.find((candidate) => candidate.id === mediaId);
      if (!item) return notFound('media item');
      const usedBy = usersOf(mediaId).map((post) => ({ postId: post.id, excerpt: excerptOf(post), scheduled: isScheduled(post) }));
      return ok<MediaDetails>({ ...withCount(item), usedBy });
    },
    'media.delete': ({ mediaId }) => {
      if (!store.media.some((item) => item.id === mediaId)) return notFound('media item');
      const blocker = usersOf(mediaId).find(isScheduled);
      if (blocker) {
        return {
          ok: false,
          code: 'MEDIA_IN_USE',
          message: `The scheduled post “${excerptOf(blocker)}” uses this item.`,
          action: 'Unschedule that post, or wait until it is published, then delete the item.',
        };
      }
      store.media = store.media.filter((item) => item.id !== mediaId);
      const without = (ids: string[]) => ids.filter((id) => id !== mediaId);
      store.posts = store.posts.map((post) => ({
        ...post,
        mediaIds: without(post.mediaIds),
        targets: post.targets.map((target) => ({ ...target, mediaIds: target.mediaIds && without(target.mediaIds) })),
      }));
      return ok(null);
    },
  };

  return {
    store,
    handlers,
    async importFiles(given) {
      // The renderer hands over the DOM's Files (the api names only the part main reads).
      const files = given as readonly File[];
      store.importedFiles.push(...files);
      const results: MediaImportResult[] = [];
      // One at a time, as main does, so a file dropped twice is imported once and then a duplicate.
      for (const file of files) results.push(await importFile(file));
      return ok(results);
    },
  };
}
