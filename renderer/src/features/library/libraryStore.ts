import { createStore, type StoreApi } from 'zustand/vanilla';
import type { OutpostApi } from '../../../../preload/api';
import type { ErrorResult, MediaImportResult, MediaItem, MediaKind, MediaQuery, Result } from '../../../../preload/contract';
import { settle } from '../../bridge/settle';

export type MediaUsage = NonNullable<MediaQuery['usage']>;

/** What the owner narrowed the grid to; kept while they visit other sections. */
export interface LibraryFilter {
  search: string;
  kind: MediaKind | 'all';
  usage: MediaUsage;
}

/** The latest import: how many files are on their way, then each file's outcome. */
export type ImportState =
  | { kind: 'idle' }
  | { kind: 'running'; fileCount: number }
  | { kind: 'done'; results: MediaImportResult[] }
  /** The import as a whole did not run (main unreachable, disk full): nothing was added. */
  | { kind: 'failed'; fileCount: number; error: ErrorResult };

export interface LibraryState {
  filter: LibraryFilter;
  /** Null until the first load answers. */
  items: MediaItem[] | null;
  loadError: ErrorResult | null;
  importing: ImportState;

  /** Changes the filter and loads the items it names. */
  setFilter(patch: Partial<LibraryFilter>): Promise<void>;
  load(): Promise<void>;
  /** Imports picked or dropped files; the report then says what became of each. */
  importFiles(files: readonly File[]): Promise<void>;
  dismissImport(): void;
  /** Deletes an item; main refuses (MEDIA_IN_USE) while a scheduled post uses it. */
  remove(mediaId: string): Promise<Result<null>>;
}

export type LibraryStore = StoreApi<LibraryState>;

export const DEFAULT_LIBRARY_FILTER: LibraryFilter = { search: '', kind: 'all', usage: 'all' };

function queryOf({ search, kind, usage }: LibraryFilter): MediaQuery {
  const trimmed = search.trim();
  return { usage, ...(trimmed ? { search: trimmed } : {}), ...(kind === 'all' ? {} : { kind }) };
}

/**
 * The media library. As with the drafts, overlapping loads are numbered and only the latest may
 * change the grid; imports are numbered too, so the report is always the latest one's.
 */
export function createLibraryStore(api: OutpostApi): LibraryStore {
  let loadRun = 0;
  let importRun = 0;

  return createStore<LibraryState>()((set, get) => {
    const load = async () => {
      const mine = ++loadRun;
      const result = await settle(() => api.media.list(queryOf(get().filter)));
      if (mine !== loadRun) return;
      set(result.ok ? { items: result.value, loadError: null } : { loadError: result });
    };

    return {
      filter: DEFAULT_LIBRARY_FILTER,
      items: null,
      loadError: null,
      importing: { kind: 'idle' },
      load,

      async setFilter(patch) {
        set({ filter: { ...get().filter, ...patch } });
        await load();
      },

      async importFiles(files) {
        if (files.length === 0) return;
        const mine = ++importRun;
        set({ importing: { kind: 'running', fileCount: files.length } });
        const result = await settle(() => api.importFiles(files));
        if (mine === importRun) {
          set({
            importing: result.ok
              ? { kind: 'done', results: result.value }
              : { kind: 'failed', fileCount: files.length, error: result },
          });
        }
        await load();
      },

      dismissImport() {
        importRun++;
        set({ importing: { kind: 'idle' } });
      },

      async remove(mediaId) {
        const result = await settle(() => api.media.delete({ mediaId }));
        if (result.ok) {
          loadRun++;
          set({ items: get().items?.filter((item) => item.id !== mediaId) ?? null });
        }
        return result;
      },
    };
  });
}
