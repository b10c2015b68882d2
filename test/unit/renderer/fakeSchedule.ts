/**
 * The scheduling half of the fake `window.api`: targets with their schedule, timeline and allowed
 * actions, the `schedule.*` channels over them, the queue's posting times and the paused switch.
 * fakeApi.ts spreads `handlers` into its own; tests seed and read the store as `fake.schedule`,
 * and set its clock (`now`) so "the past" means the same thing on every machine.
 *
 * It behaves like main where screens depend on it: the calendar's range and filters; only a
 * scheduled or missed target moves (TARGET_LOCKED otherwise) and never into the past
 * (SCHEDULE_INVALID); scheduling a post that is not ready is refused (POST_NOT_READY); scheduling
 * and cancelling move the post's target statuses in the composer's store too; every change is
 * announced with `schedule.changed`, carrying the new overview.
 */
import { Temporal } from 'temporal-polyfill';
import type {
  AccountQueueSlots,
  AccountSummary,
  Channel,
  EventName,
  EventPayloadOf,
  PlannedTarget,
  PostTarget,
  PublishingOverview,
  QueueSlot,
  Result,
  RunsWhere,
  ScheduledItem,
  ScheduleWhen,
  TargetActions,
  TargetDetails,
  TargetStatus,
  TimelineEntry,
} from '../../../preload/contract';
import type { FakeComposerStore } from './fakeComposer';
import { ok, type FakeHandlers } from './fakeApi';

/** A target as the fake keeps it: its details, with actions worked out from its status unless a test pins them. */
export type FakeTarget = Omit<TargetDetails, 'actions'> & { actions?: TargetActions };

export interface FakeScheduleStore {
  targets: FakeTarget[];
  /** Posting times per account; an account without an entry has none. */
  slots: AccountQueueSlots[];
  paused: boolean;
  /** The fake's clock: what "now" is for due times, "Publish now" and the past. */
  now: () => Date;
  /** Extra plain-words warnings schedule.plan gives a target (a posting limit, say). */
  planWarnings: Record<string, string[]>;
}

type ScheduleChannel = Extract<Channel, `schedule.${string}`>;

export interface FakeSchedule {
  store: FakeScheduleStore;
  handlers: Pick<FakeHandlers, ScheduleChannel>;
}

export interface FakeScheduleDependencies {
  composer: FakeComposerStore;
  accounts: () => readonly AccountSummary[];
  timeZone: () => string;
  emit: <E extends EventName>(event: E, payload: EventPayloadOf<E>) => void;
  targets?: FakeTarget[];
  slots?: AccountQueueSlots[];
}

// ---------------------------------------------------------------------------------------------
// Fixtures
// ---------------------------------------------------------------------------------------------

/** The instant the calendar tests treat as now: Tuesday 9 December 2025, 10:00 UTC. */
export const SCHEDULE_NOW = '2025-12-09T10:00:00.000Z';

/** A target of post-1 going to the bakery's Instagram (liveAccounts), scheduled for Wednesday 15:30 UTC. */
export function fakeTarget(targetId: string, overrides: Partial<FakeTarget> = {}): FakeTarget {
  const excerpt = overrides.excerpt ?? 'Lemon drizzle is back this weekend!';
  return {
    targetId,
    postId: 'post-1',
    platform: 'instagram',
    accountId: 'acc-ig-page',
    accountName: 'Crumb & Co',
    postType: 'feed',
    excerpt,
    thumbnailUrl: null,
    status: 'scheduled',
    dueAt: '2025-12-10T15:30:00.000Z',
    timezone: 'Europe/Paris',
    runsWhere: 'app',
    step: null,
    progress: null,
    waitingUntil: null,
    problem: null,
    publishedAt: null,
    permalink: null,
    lateByMinutes: null,
    caption: excerpt,
    timeline: [],
    ...overrides,
  };
}

/** One line of a timeline, numbered by the caller. */
export function timelineEntry(id: number, overrides: Partial<TimelineEntry> = {}): TimelineEntry {
  return { id, at: SCHEDULE_NOW, kind: 'scheduled', outcome: 'info', attempt: null, step: null, message: 'Scheduled.', detail: null, ...overrides };
}

/** What main lets the owner do with a target in each state. */
export function actionsFor(status: TargetStatus): TargetActions {
  switch (status) {
    case 'scheduled':
    case 'missed':
      return { publishNow: true, retry: false, reschedule: true, cancel: true };
    case 'failed':
    case 'needs_attention':
      return { publishNow: false, retry: true, reschedule: false, cancel: true };
    case 'draft':
    case 'publishing':
    case 'published':
      return { publishNow: false, retry: false, reschedule: false, cancel: false };
  }
}

const PROBLEM_STATUSES: readonly TargetStatus[] = ['failed', 'needs_attention', 'missed'];

/** Facebook takes a post into its own schedule when it is due more than 10 minutes from now. */
function runsWhereOf(platform: PostTarget['platform'], dueAt: string | null, now: Date): RunsWhere {
  if (platform !== 'facebook' || dueAt === null) return 'app';
  return Date.parse(dueAt) - now.getTime() > 10 * 60_000 ? 'platform' : 'app';
}

/** The ScheduledItem part of a target, as the lists answer it. */
function itemOf(target: FakeTarget): ScheduledItem {
  const { caption: _caption, timeline: _timeline, actions: _actions, ...item } = target;
  return item;
}

function detailsOf(target: FakeTarget): TargetDetails {
  return { ...target, actions: target.actions ?? actionsFor(target.status) };
}

const notFound: Result<never> = { ok: false, code: 'NOT_FOUND', message: 'That post is no longer scheduled.' };
const locked: Result<never> = {
  ok: false,
  code: 'TARGET_LOCKED',
  message: 'This post is already on its way or out, so it cannot be changed.',
};
const inThePast: Result<never> = {
  ok: false,
  code: 'SCHEDULE_INVALID',
  message: 'That time has already passed.',
  action: 'Choose a time from now on.',
};

/**
 * The next time of `slots` after `now` in `timeZone` that `taken` does not hold, as an instant;
 * null without slots.
 */
function nextFreeSlot(slots: readonly QueueSlot[], taken: ReadonlySet<number>, now: Date, timeZone: string): string | null {
  if (slots.length === 0) return null;
  const start = Temporal.Instant.fromEpochMilliseconds(now.getTime()).toZonedDateTimeISO(timeZone).startOfDay();
  for (let day = 0; day < 7 * 8; day++) {
    const date = start.add({ days: day });
    const times = slots
      .filter((slot) => slot.weekday === date.dayOfWeek)
      .map((slot) => {
        const [hour = 0, minute = 0] = slot.time.split(':').map(Number);
        return date.with({ hour, minute }).epochMilliseconds;
      })
      .sort((a, b) => a - b);
    const free = times.find((time) => time > now.getTime() && !taken.has(time));
    if (free !== undefined) return new Date(free).toISOString();
  }
  return null;
}

export function createFakeSchedule({ composer, accounts, timeZone, emit, targets = [], slots = [] }: FakeScheduleDependencies): FakeSchedule {
  const store: FakeScheduleStore = {
    targets: [...targets],
    slots: [...slots],
    paused: false,
    now: () => new Date(),
    planWarnings: {},
  };
  let events = 1000;

  const find = (targetId: string) => store.targets.find((target) => target.targetId === targetId);
  const items = () => store.targets.map(itemOf);

  const overview = (): PublishingOverview => {
    const all = items();
    const upcoming = all.filter((item) => item.status === 'scheduled').sort((a, b) => (a.dueAt ?? '').localeCompare(b.dueAt ?? ''));
    const dayFromNow = store.now().getTime() + 24 * 60 * 60_000;
    return {
      paused: store.paused,
      upcoming: upcoming.length,
      needsAttention: all.filter((item) => PROBLEM_STATUSES.includes(item.status)).length,
      publishing: all.filter((item) => item.status === 'publishing'),
      next: upcoming[0] ?? null,
      dueSoonInApp: upcoming.filter((item) => item.runsWhere === 'app' && Date.parse(item.dueAt ?? '') <= dayFromNow),
    };
  };

  const announce = (changed: readonly FakeTarget[]) => emit('schedule.changed', { overview: overview(), targets: changed.map(itemOf) });

  /** Changes a target, writes a timeline line, announces it, and answers with the new item. */
  const change = (target: FakeTarget, patch: Partial<FakeTarget>, entry: Partial<TimelineEntry>): Result<ScheduledItem> => {
    const at = store.now().toISOString();
    const changed: FakeTarget = { ...target, ...patch, timeline: [...target.timeline, timelineEntry(++events, { at, ...entry })] };
    store.targets = store.targets.map((candidate) => (candidate === target ? changed : candidate));
    if (patch.status) setPostTargetStatus(changed.postId, changed.targetId, patch.status);
    announce([changed]);
    return ok(itemOf(changed));
  };

  const setPostTargetStatus = (postId: string, targetId: string, status: TargetStatus) => {
    composer.posts = composer.posts.map((post) =>
      post.id !== postId ? post : { ...post, targets: post.targets.map((target) => (target.id === targetId ? { ...target, status } : target)) },
    );
  };

  const accountName = (accountId: string | null) => accounts().find((account) => account.id === accountId)?.displayName ?? null;

  const slotsOf = (accountId: string | null) => store.slots.find((entry) => entry.accountId === accountId)?.slots ?? [];

  const takenTimes = (accountId: string | null) =>
    new Set(store.targets.filter((target) => target.accountId === accountId && target.dueAt).map((target) => Date.parse(target.dueAt ?? '')));

  const dueFor = (when: ScheduleWhen, target: PostTarget): string | null => {
    if (when.kind === 'at') return new Date(when.dueAt).toISOString();
    if (when.kind === 'now') return store.now().toISOString();
    return nextFreeSlot(slotsOf(target.accountId), takenTimes(target.accountId), store.now(), timeZone());
  };

  const plannedTargets = (postTargets: readonly PostTarget[], when: ScheduleWhen): PlannedTarget[] =>
    postTargets
      .filter((target) => target.status === 'draft')
      .map((target) => {
        const dueAt = dueFor(when, target);
        const warnings = [...(store.planWarnings[target.id] ?? [])];
        if (when.kind === 'queue' && dueAt === null) warnings.push('This account has no posting times yet: add some in the calendar’s Posting times.');
        return {
          targetId: target.id,
          platform: target.platform,
          accountName: accountName(target.accountId),
          status: target.status,
          dueAt,
          runsWhere: runsWhereOf(target.platform, dueAt, store.now()),
          warnings,
        };
      });

  const handlers: FakeSchedule['handlers'] = {
    'schedule.list': ({ from, to, accountIds, platforms, statuses }) =>
      ok(
        items()
          .filter((item) => item.dueAt !== null && Date.parse(item.dueAt) >= Date.parse(from) && Date.parse(item.dueAt) < Date.parse(to))
          .filter((item) => !accountIds || (item.accountId !== null && accountIds.includes(item.accountId)))
          .filter((item) => !platforms || platforms.includes(item.platform))
          .filter((item) => !statuses || statuses.includes(item.status))
          .sort((a, b) => (a.dueAt ?? '').localeCompare(b.dueAt ?? '')),
      ),
    'schedule.listProblems': () => ok(items().filter((item) => PROBLEM_STATUSES.includes(item.status))),
    'schedule.target': ({ targetId }) => {
      const target = find(targetId);
      return target ? ok(detailsOf(target)) : notFound;
    },
    'schedule.plan': ({ postId, when }) => {
      const post = composer.posts.find((candidate) => candidate.id === postId);
      if (!post) return { ok: false, code: 'NOT_FOUND', message: 'That post no longer exists.' };
      return ok({ validation: composer.validate(post), targets: plannedTargets(post.targets, when) });
    },
    'schedule.schedulePost': ({ postId, when }) => {
      const post = composer.posts.find((candidate) => candidate.id === postId);
      if (!post) return { ok: false, code: 'NOT_FOUND', message: 'That post no longer exists.' };
      if (!composer.validate(post).readyToSchedule) {
        return { ok: false, code: 'POST_NOT_READY', message: 'This post is not ready to schedule yet.', action: 'Fix what the composer lists first.' };
      }
      if (when.kind === 'at' && Date.parse(when.dueAt) < store.now().getTime()) return inThePast;
      const planned = plannedTargets(post.targets, when);
      if (planned.some((target) => target.dueAt === null)) {
        return { ok: false, code: 'SCHEDULE_INVALID', message: 'An account has no free posting time.', action: 'Add posting times, or choose a date and time.' };
      }
      const created = planned.map((plan): FakeTarget => {
        const target = post.targets.find((candidate) => candidate.id === plan.targetId) as PostTarget;
        return fakeTarget(plan.targetId, {
          postId,
          platform: plan.platform,
          accountId: target.accountId,
          accountName: plan.accountName,
          postType: target.postType,
          excerpt: post.body.slice(0, 80),
          caption: target.caption ?? post.body,
          dueAt: plan.dueAt,
          timezone: timeZone(),
          runsWhere: plan.runsWhere,
          timeline: [timelineEntry(++events, { at: store.now().toISOString(), message: 'Scheduled.' })],
        });
      });
      store.targets = [...store.targets.filter((target) => !created.some((made) => made.targetId === target.targetId)), ...created];
      created.forEach((target) => setPostTargetStatus(postId, target.targetId, 'scheduled'));
      announce(created);
      return ok(created.map(itemOf));
    },
    'schedule.reschedule': ({ targetId, dueAt }) => {
      const target = find(targetId);
      if (!target) return notFound;
      if (target.status !== 'scheduled' && target.status !== 'missed') return locked;
      if (Date.parse(dueAt) < store.now().getTime()) return inThePast;
      const at = new Date(dueAt).toISOString();
      return change(
        target,
        { status: 'scheduled', dueAt: at, runsWhere: runsWhereOf(target.platform, at, store.now()) },
        { kind: 'rescheduled', message: 'Moved to a new time.' },
      );
    },
    'schedule.publishNow': ({ targetId }) => {
      const target = find(targetId);
      if (!target) return notFound;
      if (!detailsOf(target).actions.publishNow) return locked;
      return change(
        target,
        { status: 'publishing', dueAt: store.now().toISOString(), runsWhere: 'app', step: 'Getting ready', progress: 0 },
        { kind: 'attempt', attempt: 1, message: 'Publishing now, as you asked.' },
      );
    },
    'schedule.retry': ({ targetId }) => {
      const target = find(targetId);
      if (!target) return notFound;
      if (!detailsOf(target).actions.retry) return locked;
      return change(target, { status: 'scheduled', dueAt: store.now().toISOString(), problem: null }, { kind: 'retry', message: 'Trying again.' });
    },
    'schedule.cancel': ({ targetId }) => {
      const target = find(targetId);
      if (!target) return notFound;
      if (!detailsOf(target).actions.cancel) return locked;
      return change(target, { status: 'draft', dueAt: null, problem: null }, { kind: 'cancelled', message: 'Back in drafts.' });
    },
    'schedule.overview': () => ok(overview()),
    'schedule.setPaused': ({ paused }) => {
      store.paused = paused;
      announce([]);
      return ok(overview());
    },
    'schedule.slots': () => ok(accounts().map((account) => ({ accountId: account.id, slots: slotsOf(account.id) }))),
    'schedule.setSlots': ({ accountId, slots: given }) => {
      if (!accounts().some((account) => account.id === accountId)) return { ok: false, code: 'NOT_FOUND', message: 'That account is no longer connected.' };
      store.slots = [...store.slots.filter((entry) => entry.accountId !== accountId), { accountId, slots: given }];
      return ok(accounts().map((account) => ({ accountId: account.id, slots: slotsOf(account.id) })));
    },
  };

  return { store, handlers };
}
