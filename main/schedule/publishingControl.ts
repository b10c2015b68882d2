import type { OpenTarget, PublishingOverview, PublishProgress } from '../../preload/contract';

/** Why the engine re-reads the database. Every one of them leads to the same re-read. */
export type WakeReason =
  | 'startup'
  | 'timer'
  | 'watchdog'
  | 'changed'
  | 'resume'
  | 'unlock'
  | 'online'
  | 'clock-jump'
  | 'timezone'
  | 'accounts';

/** Something the owner should hear about while the window may be closed (a desktop notification). */
export interface PublishingAlert {
  kind: 'published' | 'failed' | 'missed' | 'reconnect';
  title: string;
  body: string;
  /** The post's address on the platform (published only). */
  permalink: string | null;
  /** Where a click on the notification leads. */
  open: OpenTarget;
}

/**
 * What the shells (the Electron tray, power events, quit; browser mode) see of scheduling, built
 * by core.ts. Nothing here knows about Electron.
 */
export interface PublishingControl {
  overview(): PublishingOverview;
  setPaused(paused: boolean): PublishingOverview;
  /** Re-reads the database now (wake from sleep, unlock, back online, clock jump). */
  wake(reason: WakeReason): void;
  /** The overview changed (a target moved, progress, pause): the tray redraws its menu. */
  onOverviewChange(listener: (overview: PublishingOverview) => void): () => void;
  /** Progress of targets being published, throttled. */
  onProgress(listener: (progress: PublishProgress) => void): () => void;
  onAlert(listener: (alert: PublishingAlert) => void): () => void;
  /** True while any target is being published (the shell keeps the system from sleeping). */
  isPublishing(): boolean;
}

