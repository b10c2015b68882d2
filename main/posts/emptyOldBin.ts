import type { Logger } from '../diagnostics/logger';
import type { DraftsRepository } from './draftsRepository';

/**
 * The start-up purge of posts left in the bin past their retention. Housekeeping only: should it
 * fail (a full disk cannot even log a delete), Outpost starts anyway and the next start tries again.
 */
export function emptyOldBin(drafts: DraftsRepository, logger: Logger): void {
  try {
    const purged = drafts.purgeBin();
    if (purged > 0) logger.info({ purged }, 'posts: emptied the bin of old posts');
  } catch (error) {
    logger.warn({ err: error }, 'posts: could not empty the bin; trying again at the next start');
  }
}
