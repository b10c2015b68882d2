import { deepStrictEqual } from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import sharp from 'sharp';
import { createSilentLogger } from '../../../main/diagnostics/logger';
import { createMediaLibrary, type MediaLibrary } from '../../../main/media/mediaLibrary';
import { openOutpostDatabase, type OpenedDatabase } from '../../../main/store/database';
import { compareAsync } from '../compare';
import type { BenchScenario, Figure } from '../scenario';

const IMAGES = 50;
/** A 12-megapixel phone photo. */
const WIDTH = 4032;
const HEIGHT = 3024;

const logger = createSilentLogger();

/**
 * 50 distinct 12 MP JPEGs with EXIF (camera, GPS, orientation 6), photo-sized on disk (about
 * 3.5 MB): grain upscaled from a smaller noise picture, so they compress like photos rather than
 * like noise or flat colour. One texture, brightened a little more for each photo, so every file
 * has its own bytes (and id) while making them stays quick.
 */
async function writePhotos(directory: string): Promise<string[]> {
  const texture = await sharp({ create: { width: WIDTH / 4, height: HEIGHT / 4, channels: 3, background: '#000000', noise: { type: 'gaussian', mean: 110, sigma: 30 } } })
    .resize(WIDTH, HEIGHT)
    .raw()
    .toBuffer();
  const files: string[] = [];
  for (let index = 0; index < IMAGES; index++) {
    const file = join(directory, `IMG_${String(index).padStart(4, '0')}.jpg`);
    const jpeg = await sharp(texture, { raw: { width: WIDTH, height: HEIGHT, channels: 3 } })
      .linear(1, index)
      .withExif({ IFD0: { Make: 'Bench', Model: 'Phone' }, IFD3: { GPSLatitudeRef: 'N', GPSLatitude: '48/1 51/1 24/1' } })
      .withMetadata({ orientation: 6 })
      .jpeg({ quality: 88 })
      .toBuffer();
    writeFileSync(file, jpeg);
    files.push(file);
  }
  return files;
}

interface Library {
  opened: OpenedDatabase;
  library: MediaLibrary;
  directory: string;
}

function freshLibrary(root: string): Library {
  const directory = mkdtempSync(join(root, 'library-'));
  const opened = openOutpostDatabase({ file: join(directory, 'outpost.db'), logger });
  const library = createMediaLibrary({
    db: opened.db,
    mediaDirectory: join(directory, 'media'),
    mediaUrl: (variant, id) => `bench://${variant}/${id}`,
    logger,
    now: () => new Date(),
  });
  return { opened, library, directory };
}

/** A bench that compares different work is worse than none: every photo must have become an item. */
function closeAfterCheckingAllImported({ opened, library, directory }: Library): void {
  deepStrictEqual(library.list({}).length, IMAGES);
  opened.close();
  rmSync(directory, { recursive: true, force: true });
}

export const mediaImportScenario: BenchScenario = {
  name: 'media import',
  baseline:
    'raw sharp on the same files, one after the other: metadata, then an upright 320 px JPEG thumbnail; no hashing, ' +
    'copy, EXIF reading, preview, row or checks',
  async run(): Promise<Figure[]> {
    const root = mkdtempSync(join(tmpdir(), 'outpost-bench-media-'));
    try {
      const photos = await writePhotos(mkdtempSync(join(root, 'photos-')));
      const figure = await compareAsync({
        label: `import ${IMAGES} photos of ${WIDTH}×${HEIGHT} (probe, thumbnail, preview, copy)`,
        iterations: 3,
        warmup: 1,
        ours: {
          setup: () => freshLibrary(root),
          run: async ({ library }) => {
            const results = await library.importPaths(photos);
            if (results.some((result) => result.outcome !== 'imported')) throw new Error('a bench photo failed to import');
          },
          teardown: closeAfterCheckingAllImported,
        },
        baseline: {
          setup: () => undefined,
          run: async () => {
            for (const photo of photos) {
              await sharp(photo).metadata();
              await sharp(photo).autoOrient().resize(320, 320, { fit: 'inside' }).jpeg().toBuffer();
            }
          },
        },
      });
      const perSecond = (ms: number) => ((IMAGES * 1000) / ms).toFixed(1);
      return [{ ...figure, label: `${figure.label}: ${perSecond(figure.oursMs)} photos/s (baseline ${perSecond(figure.baselineMs)}/s)` }];
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  },
};
