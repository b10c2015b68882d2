import { createStore, type StoreApi } from 'zustand/vanilla';
import type { OutpostApi } from '../../../../preload/api';
import type {
  CalendarQuery,
  ErrorResult,
  Platform,
  PublishProgress,
  Result,
  ScheduledItem,
  TargetDetails,
  TargetStatus,
} from '../../../../preload/contract';
import { settle } from '../../bridge/settle';
import { isProblem, PROBLEM_STATUSES } from './scheduleWords';

export type CalendarView = 'month' | 'week' | 'list';

/** The status filter's choices, each a group of states the owner thinks of as one. */
export type StatusFilter = 'all' | 'upcoming' | 'published' | 'problems';

export const STATUS_FILTER_STATUSES: Record<Exclude<StatusFilter, 'all'>, readonly TargetStatus[]> = {
  upcoming: ['scheduled', 'publishing'],
  published: ['published'],
  problems: PROBLEM_STATUSES,
};

/** What the owner narrowed the calendar to; kept while they visit other sections. */
export interface CalendarFilter {
  /** Null: any account. */
  accountId: string | null;
  platform: Platform | 'all';
  status: StatusFilter;
}

export const DEFAULT_CALENDAR_FILTER: CalendarFilter = { accountId: null, platform: 'all', status: 'all' };

/** The instants the calendar shows, [from, to). */
export interface CalendarRange {
  from: string;
  to: string;
}

export type DetailsState =
  | { kind: 'loading' }
  | { kind: 'ready'; details: TargetDetails }
  | { kind: 'failed'; error: ErrorResult };

export interface CalendarSelection {
  targetId: string;
  /** Move the calendar to the post's date once its details arrive (opened from a notification or the problems list). */
  reveal: boolean;
  details: DetailsState;
}

/** The actions that need nothing but the target: the rest (reschedule, duplicate, open) have their own paths. */
export type TargetAction = 'publishNow' | 'retry' | 'cancel';

export interface CalendarState {
  view: CalendarView;
  /** The first day of the period shown, so a later visit opens where the owner was; null: today. */
  anchor: string | null;
  range: CalendarRange | null;
  filter: CalendarFilter;
  /** The targets due in the range that match the filter; null until the first load answers. */
  items: ScheduledItem[] | null;
  loadError: ErrorResult | null;
  /** Failed, needs attention or missed, whenever they were due: the owner must look at these. */
  problems: ScheduledItem[];
  selection: CalendarSelection | null;

  setView(view: CalendarView): void;
  /** The calendar moved to another period: load what it shows. */
  showRange(range: CalendarRange, anchor: string): Promise<void>;
  setFilter(patch: Partial<CalendarFilter>): Promise<void>;
  load(): Promise<void>;
  loadProblems(): Promise<void>;
  /** Opens a target's details (and, with `reveal`, moves the calendar to its date). */
  select(targetId: string, options?: { reveal?: boolean }): Promise<void>;
  /** The calendar now shows the selected target's date. */
  revealed(): void;
  closeDetails(): void;
  reschedule(targetId: string, dueAt: string): Promise<Result<ScheduledItem>>;
  act(targetId: string, action: TargetAction): Promise<Result<ScheduledItem>>;
  /** Follows schedule.changed and publish.progress from main; returns a stop function. */
  connectEvents(): () => void;
}

export type CalendarStore = StoreApi<CalendarState>;

function queryOf(range: CalendarRange, { accountId, platform, status }: CalendarFilter): CalendarQuery {
  return {
    ...range,
    ...(accountId ? { accountIds: [accountId] } : {}),
    ...(platform === 'all' ? {} : { platforms: [platform] }),
    ...(status === 'all' ? {} : { statuses: [...STATUS_FILTER_STATUSES[status]] }),
  };
}

/** Whether the calendar as filtered now shows `item`. */
function isShown(item: ScheduledItem, range: CalendarRange | null, { accountId, platform, status }: CalendarFilter): boolean {
  if (!range || item.dueAt === null) return false;
  const due = Date.parse(item.dueAt);
  if (due < Date.parse(range.from) || due >= Date.parse(range.to)) return false;
  if (accountId && item.accountId !== accountId) return false;
  if (platform !== 'all' && item.platform !== platform) return false;
  return status === 'all' || STATUS_FILTER_STATUSES[status].includes(item.status);
}

const byDueTime = (a: ScheduledItem, b: ScheduledItem) => (a.dueAt ?? '').localeCompare(b.dueAt ?? '');

/** `list` with `changed` put in: each replaces its old self, and stays only where `keep` says. */
function merge(list: readonly ScheduledItem[], changed: readonly ScheduledItem[], keep: (item: ScheduledItem) => boolean): ScheduledItem[] {
  const ids = new Set(changed.map((item) => item.targetId));
  return [...list.filter((item) => !ids.has(item.targetId)), ...changed.filter(keep)].sort(byDueTime);
}

/** A target's live step and progress, on the item that shows it. */
function withProgress<T extends ScheduledItem>(item: T, progress: PublishProgress): T {
  return item.targetId === progress.targetId ? { ...item, status: 'publishing', step: progress.step, progress: progress.progress } : item;
}

/**
 * The calendar: the period and filters the owner chose, the targets they show, the problems list
 * and the open details. Main says when targets change (schedule.changed) and how a publish goes
 * (publish.progress); the store puts each change in place rather than loading everything again.
 * As with the drafts, overlapping loads are numbered and only the latest may change the list.
 */
export function createCalendarStore(api: OutpostApi): CalendarStore {
  let loadRun = 0;
  let detailsRun = 0;

  return createStore<CalendarState>()((set, get) => {
    const load = async () => {
      const { range, filter } = get();
      if (!range) return;
      const mine = ++loadRun;
      const result = await settle(() => api.schedule.list(queryOf(range, filter)));
      if (mine !== loadRun) return;
      set(result.ok ? { items: result.value, loadError: null } : { loadError: result });
    };

    const loadProblems = async () => {
      const result = await settle(() => api.schedule.listProblems());
      if (result.ok) set({ problems: [...result.value].sort(byDueTime) });
    };

    /** Loads the selected target's details; `quietly` keeps the old ones on screen until the answer. */
    const loadDetails = async ({ quietly }: { quietly: boolean }) => {
      const selection = get().selection;
      if (!selection) return;
      const mine = ++detailsRun;
      if (!quietly) set({ selection: { ...selection, details: { kind: 'loading' } } });
      const result = await settle(() => api.schedule.target({ targetId: selection.targetId }));
      const current = get().selection;
      if (mine !== detailsRun || current?.targetId !== selection.targetId) return;
      if (result.ok) set({ selection: { ...current, details: { kind: 'ready', details: result.value } } });
      else if (!quietly || current.details.kind !== 'ready') set({ selection: { ...current, details: { kind: 'failed', error: result } } });
    };

    /** Main changed these targets: each is put in place in the calendar and the problems list. */
    const applyChanged = (changed: readonly ScheduledItem[]) => {
      if (changed.length === 0) return;
      const { items, problems, range, filter, selection } = get();
      set({
        items: items && merge(items, changed, (item) => isShown(item, range, filter)),
        problems: merge(problems, changed, (item) => isProblem(item.status)),
      });
      if (selection && changed.some((item) => item.targetId === selection.targetId)) void loadDetails({ quietly: true });
    };

    const applyProgress = (progress: PublishProgress) => {
      const { items, selection } = get();
      const details = selection?.details;
      set({
        items: items && items.map((item) => withProgress(item, progress)),
        selection:
          selection && details?.kind === 'ready'
            ? { ...selection, details: { kind: 'ready', details: withProgress(details.details, progress) } }
            : selection,
      });
    };

    /** Runs a change of one target; on success shows it at once, with its details as main has them now. */
    const changeTarget = async (change: () => Promise<Result<ScheduledItem>>): Promise<Result<ScheduledItem>> => {
      const result = await settle(change);
      if (result.ok) applyChanged([result.value]);
      return result;
    };

    return {
      view: 'month',
      anchor: null,
      range: null,
      filter: DEFAULT_CALENDAR_FILTER,
      items: null,
      loadError: null,
      problems: [],
      selection: null,
      load,
      loadProblems,

      setView(view) {
        set({ view });
      },

      async showRange(range, anchor) {
        const current = get().range;
        set({ range, anchor });
        if (current?.from === range.from && current.to === range.to && get().items !== null) return;
        await load();
      },

      async setFilter(patch) {
        set({ filter: { ...get().filter, ...patch } });
        await load();
      },

      async select(targetId, { reveal = false } = {}) {
        set({ selection: { targetId, reveal, details: { kind: 'loading' } } });
        await loadDetails({ quietly: false });
      },

      revealed() {
        const selection = get().selection;
        if (selection?.reveal) set({ selection: { ...selection, reveal: false } });
      },

      closeDetails() {
        detailsRun++;
        set({ selection: null });
      },

      reschedule: (targetId, dueAt) => changeTarget(() => api.schedule.reschedule({ targetId, dueAt })),

      act: (targetId, action) => changeTarget(() => api.schedule[action]({ targetId })),

      connectEvents() {
        const stops = [
          api.on('schedule.changed', ({ targets }) => applyChanged(targets)),
          api.on('publish.progress', applyProgress),
        ];
        return () => stops.forEach((stop) => stop());
      },
    };
  });
}
