import { createStore, type StoreApi } from 'zustand/vanilla';
import type { OutpostApi } from '../../../../preload/api';
import type { DraftsQuery, ErrorResult, PostEditorState, PostSummary, Result } from '../../../../preload/contract';
import { settle } from '../../bridge/settle';

export type DraftsSort = NonNullable<DraftsQuery['sort']>;

/** What the owner narrowed the list to; kept while they visit other sections. */
export interface DraftsFilter {
  search: string;
  /** Null: any account. */
  accountId: string | null;
  sort: DraftsSort;
}

export interface DraftsState {
  filter: DraftsFilter;
  /** Null until the first load answers. */
  drafts: PostSummary[] | null;
  loadError: ErrorResult | null;

  /** Changes the filter and loads the list it names. */
  setFilter(patch: Partial<DraftsFilter>): Promise<void>;
  load(): Promise<void>;
  duplicate(postId: string): Promise<Result<PostEditorState>>;
  /** Takes the row out at once, then moves the post to the bin; puts it back if main refuses. */
  remove(postId: string): Promise<Result<null>>;
  /** Brings a deleted post back from the bin (Undo). */
  restore(postId: string): Promise<Result<null>>;
}

export type DraftsStore = StoreApi<DraftsState>;

export const DEFAULT_DRAFTS_FILTER: DraftsFilter = { search: '', accountId: null, sort: 'updated' };

function queryOf({ search, accountId, sort }: DraftsFilter): DraftsQuery {
  const trimmed = search.trim();
  return { sort, ...(trimmed ? { search: trimmed } : {}), ...(accountId ? { accountId } : {}) };
}

/**
 * The drafts list. Loads can overlap (the owner types on while one runs): each has a number, and
 * only the latest may change the list, so a slow answer to an old search never replaces a newer one.
 */
export function createDraftsStore(api: OutpostApi): DraftsStore {
  let run = 0;

  return createStore<DraftsState>()((set, get) => {
    const load = async () => {
      const mine = ++run;
      const result = await settle(() => api.posts.listDrafts(queryOf(get().filter)));
      if (mine !== run) return;
      set(result.ok ? { drafts: result.value, loadError: null } : { loadError: result });
    };

    /** Runs a change, then shows the list as main now has it, whether the change worked or not. */
    const thenReload = async <T>(change: Promise<Result<T>>): Promise<Result<T>> => {
      const result = await change;
      await load();
      return result;
    };

    return {
      filter: DEFAULT_DRAFTS_FILTER,
      drafts: null,
      loadError: null,
      load,

      async setFilter(patch) {
        set({ filter: { ...get().filter, ...patch } });
        await load();
      },

      duplicate: (postId) => thenReload(settle(() => api.posts.duplicate({ postId }))),

      async remove(postId) {
        // A load already on its way would bring the row back: it no longer counts.
        run++;
        set({ drafts: get().drafts?.filter((draft) => draft.id !== postId) ?? null });
        const result = await settle(() => api.posts.delete({ postId }));
        if (!result.ok) await load();
        return result;
      },

      restore: (postId) => thenReload(settle(() => api.posts.restore({ postId }))),
    };
  });
}
