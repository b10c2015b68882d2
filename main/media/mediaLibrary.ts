import { existsSync, mkdirSync, rmSync } from 'node:fs';
import { basename } from 'node:path';
import type { DatabaseSync } from 'node:sqlite';
import type { MediaDetails, MediaFixRequest, MediaImportResult, MediaItem, MediaProbe, MediaQuery } from '../../preload/contract';
import type { Logger } from '../diagnostics/logger';
import { DomainError } from '../errors/domainError';
import { excerptOf } from '../posts/excerpt';
import { MediaNotFoundError } from './mediaErrors';
import { diskWriter, type MediaFileWriter } from './mediaFileWriter';
import { planFix } from './mediaFixes';
import { ingest, removeItemFiles, type Derivation } from './mediaIngest';
import { mediaLayout, type MediaFileVariant, type RenditionVariant } from './mediaLayout';
import { createMediaRepository, type MediaRow } from './mediaRepository';
import { openImportSource } from './openImportSource';
import { renditionsOf, writeRenditions } from './renditions';

export interface MediaLibraryDeps {
  db: DatabaseSync;
  /** Where originals, thumbnails and previews live (`<data>/media`). */
  mediaDirectory: string;
  /** The address the renderer loads a thumbnail or preview from, which the shell serves. */
  mediaUrl: (variant: RenditionVariant, id: string) => string;
  logger: Logger;
  now: () => Date;
  /** Tests replace the disk writes to play a full disk. */
  writer?: MediaFileWriter;
}

export interface MediaLibrary {
  /** Desktop import: each file on its own, in order; one bad file never stops the rest. */
  importPaths(paths: readonly string[]): Promise<MediaImportResult[]>;
  /** Imports one file; `originalName` is what the owner sees (browser uploads arrive under a temporary name). */
  importFile(path: string, originalName: string): Promise<MediaImportResult>;
  /** Newest first, searched by name and filtered by kind and use. */
  list(query: MediaQuery): MediaItem[];
  /** The item with the posts that use it; NOT_FOUND when there is none. */
  get(id: string): MediaDetails;
  /** The items that exist among `ids`, in one query (validation and post summaries). */
  itemsByIds(ids: readonly string[]): Map<string, MediaItem>;
  /** Makes the fixed copy as a new item (derived from this one, which stays) and returns it. */
  applyFix(id: string, fix: MediaFixRequest): Promise<MediaItem>;
  /**
   * Removes the item from every post that has it, then deletes it and its files. MEDIA_IN_USE
   * while a post that is not in the bin and is scheduled or publishing uses it.
   */
  delete(id: string): Promise<void>;
  /**
   * The file to serve, or null when there is no such item (or file). A missing thumbnail or
   * preview is made again first, so the caches can be deleted freely.
   */
  filePath(id: string, variant: MediaFileVariant): Promise<string | null>;
}

/**
 * The local media library: files copied into the data directory under their SHA-256, probed and
 * given a thumbnail and preview on the way in, fixed into new items, served to the renderer
 * through `mediaUrl`.
 */
export function createMediaLibrary(deps: MediaLibraryDeps): MediaLibrary {
  const layout = mediaLayout(deps.mediaDirectory);
  const repository = createMediaRepository(deps.db);
  const ingestDeps = { repository, layout, writer: deps.writer ?? diskWriter, now: deps.now };
  // Anything left in `incoming` is a copy a crash interrupted: never part of an item.
  rmSync(layout.incoming, { recursive: true, force: true });
  mkdirSync(layout.incoming, { recursive: true });

  const toItem = (row: MediaRow): MediaItem => ({
    id: row.id,
    originalName: row.original_name,
    importedAt: row.imported_at,
    probe: JSON.parse(row.probe) as MediaProbe,
    thumbnailUrl: deps.mediaUrl('thumbnail', row.id),
    previewUrl: deps.mediaUrl('preview', row.id),
    derivedFrom: row.derived_from !== null && row.derived_fix !== null ? { mediaId: row.derived_from, fix: row.derived_fix } : null,
    usedByPostCount: row.used_by,
  });
  const itemOf = (id: string): MediaItem => {
    const row = repository.find(id);
    if (!row) throw new MediaNotFoundError(id);
    return toItem(row);
  };

  const importFile = async (path: string, originalName: string): Promise<MediaImportResult> => {
    try {
      const source = await openImportSource(path, originalName);
      const { id, duplicate } = await ingest(ingestDeps, source, originalName, null);
      return { outcome: 'imported', fileName: originalName, item: itemOf(id), duplicate };
    } catch (error) {
      if (error instanceof DomainError) {
        deps.logger.info({ code: error.code, fileName: originalName }, 'media: import refused');
        return { outcome: 'failed', fileName: originalName, message: error.message, ...(error.action && { action: error.action }) };
      }
      deps.logger.error({ err: error, fileName: originalName }, 'media: import failed');
      return {
        outcome: 'failed',
        fileName: originalName,
        message: `"${originalName}" could not be imported because of an unexpected problem.`,
        action: 'Try again. If it keeps happening, copy the diagnostics from Settings and report it.',
      };
    }
  };

  // Two requests for a missing rendition (a grid loading) make it once.
  const regenerating = new Map<string, Promise<void>>();
  const regenerate = (id: string, original: string, probe: MediaProbe): Promise<void> => {
    const running = regenerating.get(id);
    if (running) return running;
    const work = renditionsOf(original, probe)
      .then((renditions) => writeRenditions(renditions, id, layout, ingestDeps.writer))
      .finally(() => regenerating.delete(id));
    regenerating.set(id, work);
    return work;
  };

  return {
    async importPaths(paths) {
      const results: MediaImportResult[] = [];
      // One at a time: memory stays flat, and the same file picked twice is imported, then a duplicate.
      for (const path of paths) results.push(await importFile(path, basename(path)));
      return results;
    },
    importFile,
    list: (query) => repository.list(query).map(toItem),
    get(id) {
      const item = itemOf(id);
      const usedBy = repository.usedBy(id).map((use) => ({ postId: use.post_id, excerpt: excerptOf(use.body), scheduled: use.scheduled === 1 }));
      return { ...item, usedBy };
    },
    itemsByIds(ids) {
      const items = new Map<string, MediaItem>();
      if (ids.length === 0) return items;
      for (const row of repository.findMany([...new Set(ids)])) items.set(row.id, toItem(row));
      return items;
    },
    async applyFix(id, fix) {
      const row = repository.find(id);
      if (!row) throw new MediaNotFoundError(id);
      const fixed = await planFix(layout.originalPath(row.stored_file), JSON.parse(row.probe) as MediaProbe, row.original_name, fix);
      const derivation: Derivation = { mediaId: id, fix: fix.kind };
      const { id: fixedId } = await ingest(ingestDeps, fixed.output, fixed.originalName, derivation);
      deps.logger.info({ from: id, fix: fix.kind, to: fixedId }, 'media: fix applied');
      return itemOf(fixedId);
    },
    async delete(id) {
      const storedFile = repository.remove(id, deps.now().toISOString());
      if (storedFile === null) throw new MediaNotFoundError(id);
      // The row is gone, so the item is gone; a file that cannot be removed is only wasted space.
      await removeItemFiles(layout, id, storedFile).catch((error: unknown) => deps.logger.warn({ err: error, id }, 'media: files left behind'));
      deps.logger.info({ id }, 'media: deleted');
    },
    async filePath(id, variant) {
      const row = repository.locate(id);
      if (!row) return null;
      const original = layout.originalPath(row.stored_file);
      if (variant === 'original') return existsSync(original) ? original : null;
      const path = layout.renditionPath(variant, id);
      if (existsSync(path)) return path;
      if (!existsSync(original)) return null;
      try {
        await regenerate(id, original, JSON.parse(row.probe) as MediaProbe);
        return path;
      } catch (error) {
        deps.logger.warn({ err: error, id, variant }, 'media: could not make the rendition again');
        return null;
      }
    },
  };
}
