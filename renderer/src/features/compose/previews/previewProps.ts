import type { AccountSummary, MediaItem, PostTarget } from '../../../../../preload/contract';

/** What every platform preview draws from: one destination, its caption and its media, as they are now. */
export interface PreviewProps {
  target: PostTarget;
  caption: string;
  /** The destination's media in order (those the library has). */
  items: readonly MediaItem[];
  account: AccountSummary | null;
}
