import { existsSync } from 'node:fs';
import { mkdir, rename, rm } from 'node:fs/promises';
import { dirname } from 'node:path';
import type { Readable } from 'node:stream';
import type { MediaFixKind } from '../../preload/contract';
import { hashingCopy } from './hashingCopy';
import { MediaDiskFullError, isOutOfSpace } from './mediaErrors';
import type { MediaFileWriter } from './mediaFileWriter';
import type { MediaLayout, RenditionVariant } from './mediaLayout';
import type { MediaRepository } from './mediaRepository';
import { readMediaFile } from './readMediaFile';
import { writeRenditions } from './renditions';

export interface IngestDeps {
  repository: MediaRepository;
  layout: MediaLayout;
  writer: MediaFileWriter;
  now: () => Date;
}

/** The item a fixed copy was made from, and by which fix. */
export type Derivation = { mediaId: string; fix: MediaFixKind } | null;

export interface Ingested {
  id: string;
  /** The same bytes were already in the library: that item is the answer, first name kept. */
  duplicate: boolean;
}

/**
 * The one way bytes become a media item, for imported files and fixed copies alike:
 *  1. stream them into `incoming/`, hashing on the way (the SHA-256 is the id);
 *  2. known bytes are the existing item;
 *  3. read them whole (probe, thumbnail, preview) before anything is kept;
 *  4. write the renditions, rename the file into place, insert the row.
 * Whatever fails leaves no file and no row behind; a full disk anywhere reads as DISK_FULL.
 */
export async function ingest(deps: IngestDeps, source: Readable, originalName: string, derivedFrom: Derivation): Promise<Ingested> {
  const { repository, layout, writer } = deps;
  const incoming = layout.incomingPath();
  const { sha256: id, byteSize } = await writing(originalName, () => hashingCopy(source, incoming, writer));
  try {
    const existing = repository.locate(id);
    if (existing) {
      // The row outlived its file (removed by hand, a restored backup): these bytes put it back.
      const original = layout.originalPath(existing.stored_file);
      if (!existsSync(original)) await writing(originalName, () => moveInto(incoming, original));
      return { id, duplicate: true };
    }

    const { probe, extension, renditions } = await readMediaFile(incoming, byteSize, originalName);
    const storedFile = layout.originalRelativePath(id, extension);
    try {
      const inserted = await writing(originalName, async () => {
        await writeRenditions(renditions, id, layout, writer);
        await moveInto(incoming, layout.originalPath(storedFile));
        return repository.insert({
          id,
          original_name: originalName,
          stored_file: storedFile,
          kind: probe.kind,
          probe: JSON.stringify(probe),
          derived_from: derivedFrom?.mediaId ?? null,
          derived_fix: derivedFrom?.fix ?? null,
          imported_at: deps.now().toISOString(),
        });
      });
      // Not inserted: the same bytes were imported meanwhile, and that import's files are these.
      return { id, duplicate: !inserted };
    } catch (error) {
      if (!repository.locate(id)) await removeItemFiles(layout, id, storedFile);
      throw error;
    }
  } finally {
    await rm(incoming, { force: true });
  }
}

/** The original and both renditions; each may already be gone. */
export async function removeItemFiles(layout: MediaLayout, id: string, storedFile: string): Promise<void> {
  const variants: RenditionVariant[] = ['thumbnail', 'preview'];
  await Promise.all([
    rm(layout.originalPath(storedFile), { force: true }),
    ...variants.map((variant) => rm(layout.renditionPath(variant, id), { force: true })),
  ]);
}

async function moveInto(from: string, to: string): Promise<void> {
  await mkdir(dirname(to), { recursive: true });
  await rename(from, to);
}

/** Runs a write, turning "no space left" into the owner's DISK_FULL. */
async function writing<T>(fileName: string, write: () => Promise<T>): Promise<T> {
  try {
    return await write();
  } catch (error) {
    throw isOutOfSpace(error) ? new MediaDiskFullError(fileName, error) : error;
  }
}
