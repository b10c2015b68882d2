import { createStore, type StoreApi } from 'zustand/vanilla';
import type { OutpostApi } from '../../../../preload/api';
import type {
  ErrorResult,
  InsightPostDetail,
  InsightsCollectionStatus,
  InsightsDashboard,
  InsightsQuery,
  Platform,
  Result,
} from '../../../../preload/contract';
import { settle } from '../../bridge/settle';
import { DEFAULT_PERIOD_CHOICE, periodOf, type PeriodChoice } from './insightsPeriod';

/** Which accounts the dashboard covers; kept while the owner visits other sections. */
export interface InsightsFilter {
  /** Null: every account. */
  accountId: string | null;
  platform: Platform | 'all';
}

export const DEFAULT_INSIGHTS_FILTER: InsightsFilter = { accountId: null, platform: 'all' };

export type PostDetailState =
  | { kind: 'loading' }
  | { kind: 'ready'; detail: InsightPostDetail }
  | { kind: 'failed'; error: ErrorResult };

export interface InsightsState {
  choice: PeriodChoice;
  filter: InsightsFilter;
  /** The answer to the last query; null until the first one arrives. */
  dashboard: InsightsDashboard | null;
  loadError: ErrorResult | null;
  /** The post whose detail is open instead of the dashboard, with its state. */
  openPost: { postId: string; state: PostDetailState } | null;

  setChoice(choice: PeriodChoice): void;
  setFilter(patch: Partial<InsightsFilter>): void;
  /** Loads the dashboard for the current choice and filter, with `today` in the owner's zone. */
  load(today: string): Promise<void>;
  /** Loads again what was last asked for (main says new figures were stored). */
  reload(): Promise<void>;
  showPost(postId: string): Promise<void>;
  closePost(): void;
  refreshPost(): Promise<Result<InsightPostDetail>>;
  refreshAccount(accountId: string): Promise<Result<InsightsCollectionStatus>>;
  /** Follows insights.changed while the screen is open; returns a stop function. */
  connectEvents(): () => void;
}

export type InsightsStore = StoreApi<InsightsState>;

export function queryOf(choice: PeriodChoice, { accountId, platform }: InsightsFilter, today: string): InsightsQuery {
  return {
    period: periodOf(choice, today),
    ...(accountId ? { accountIds: [accountId] } : {}),
    ...(platform === 'all' ? {} : { platforms: [platform] }),
  };
}

/**
 * The Insights dashboard: the period and filters the owner chose, main's answer for them, and the
 * post whose detail is open. Overlapping loads are numbered and only the latest may land, as in
 * the calendar; insights.changed loads the same question again, quietly.
 */
export function createInsightsStore(api: OutpostApi): InsightsStore {
  let loadRun = 0;
  let detailRun = 0;
  let lastQuery: InsightsQuery | null = null;

  return createStore<InsightsState>()((set, get) => {
    const ask = async (query: InsightsQuery) => {
      lastQuery = query;
      const mine = ++loadRun;
      const result = await settle(() => api.insights.dashboard(query));
      if (mine !== loadRun) return;
      set(result.ok ? { dashboard: result.value, loadError: null } : { loadError: result });
    };

    const loadDetail = async ({ quietly }: { quietly: boolean }) => {
      const open = get().openPost;
      if (!open) return;
      const mine = ++detailRun;
      if (!quietly) set({ openPost: { ...open, state: { kind: 'loading' } } });
      const result = await settle(() => api.insights.post({ postId: open.postId }));
      const current = get().openPost;
      if (mine !== detailRun || current?.postId !== open.postId) return;
      if (result.ok) set({ openPost: { ...current, state: { kind: 'ready', detail: result.value } } });
      else if (!quietly || current.state.kind !== 'ready') set({ openPost: { ...current, state: { kind: 'failed', error: result } } });
    };

    return {
      choice: DEFAULT_PERIOD_CHOICE,
      filter: DEFAULT_INSIGHTS_FILTER,
      dashboard: null,
      loadError: null,
      openPost: null,

      setChoice(choice) {
        set({ choice });
      },

      setFilter(patch) {
        set({ filter: { ...get().filter, ...patch } });
      },

      load: (today) => ask(queryOf(get().choice, get().filter, today)),

      async reload() {
        if (lastQuery) await ask(lastQuery);
      },

      async showPost(postId) {
        set({ openPost: { postId, state: { kind: 'loading' } } });
        await loadDetail({ quietly: false });
      },

      closePost() {
        detailRun++;
        set({ openPost: null });
      },

      async refreshPost() {
        const open = get().openPost;
        if (!open) return { ok: false, code: 'NOT_FOUND', message: 'No post is open.' };
        const result = await settle(() => api.insights.refreshPost({ postId: open.postId }));
        const current = get().openPost;
        if (result.ok && current?.postId === open.postId) {
          detailRun++;
          set({ openPost: { ...current, state: { kind: 'ready', detail: result.value } } });
        }
        return result;
      },

      async refreshAccount(accountId) {
        const result = await settle(() => api.insights.refreshAccount({ accountId }));
        const dashboard = get().dashboard;
        if (result.ok && dashboard) set({ dashboard: { ...dashboard, collection: result.value } });
        return result;
      },

      connectEvents() {
        return api.on('insights.changed', (collection) => {
          const dashboard = get().dashboard;
          if (dashboard) set({ dashboard: { ...dashboard, collection } });
          void get().reload();
          if (get().openPost) void loadDetail({ quietly: true });
        });
      },
    };
  });
}
