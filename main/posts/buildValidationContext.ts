import type { AccountSummary, MediaItem, PostDraft } from '../../preload/contract';
import { draftMediaIds } from './draftMedia';
import type { ContextStaging, ValidationContext } from './validation/validationContext';

/** What validation needs to look up, read from the library, the accounts and the saved bucket, never the network. */
export interface ValidationSources {
  mediaByIds(ids: readonly string[]): ReadonlyMap<string, MediaItem>;
  /** A connected account; undefined for one that is unknown or disconnected. */
  account(id: string): AccountSummary | undefined;
  /** What the storage bucket as saved in Settings can do (its settings only, no call). */
  stagingCapabilities(): ContextStaging;
}

/**
 * The probes of every item the draft shows, the accounts its targets name and what the bucket can
 * do, as validatePost takes them. An item or account that is not found is simply absent:
 * validation reports it.
 */
export function buildValidationContext(draft: PostDraft, sources: ValidationSources): ValidationContext {
  const accountIds = new Set(draft.targets.flatMap((target) => (target.accountId === null ? [] : [target.accountId])));
  const accounts = new Map(
    [...accountIds].flatMap((id) => {
      const summary = sources.account(id);
      if (!summary) return [];
      const { platform, loginPath, displayName, tiktokCreator } = summary;
      return [[id, { platform, loginPath, displayName, health: summary.health.state, tiktokCreator }] as const];
    }),
  );
  return { media: sources.mediaByIds(draftMediaIds(draft)), accounts, staging: sources.stagingCapabilities() };
}
