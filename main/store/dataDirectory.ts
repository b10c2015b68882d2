import { resolve } from 'node:path';

/**
 * The data directory: `OUTPOST_DATA_DIR` when set (tests, browser mode, a second profile), else
 * the platform's user-data path that the shell passes in.
 */
export function resolveDataDirectory(env: NodeJS.ProcessEnv, platformUserData: string): string {
  const override = env.OUTPOST_DATA_DIR?.trim();
  return resolve(override ? override : platformUserData);
}

/** Where each kind of file lives inside the data directory, named once. */
export function dataPaths(dataDirectory: string) {
  return {
    database: resolve(dataDirectory, 'outpost.db'),
    logs: resolve(dataDirectory, 'logs'),
    /** The media library: originals under their SHA-256, thumbnails, previews. */
    media: resolve(dataDirectory, 'media'),
    /** Browser mode: files streamed from the page, kept only until they are imported. */
    uploads: resolve(dataDirectory, 'uploads'),
    preferencesName: 'preferences',
  };
}
