import type { OpenTarget, PublishingOverview, PublishProgress, ScheduledItem } from '../../preload/contract';
import { oneLine, postCount, shortDueTime, whereItGoes } from './scheduleWording';

/** What a tray menu item does; trayIcon.ts maps each to the shell's handlers. */
export type TrayAction =
  | { kind: 'open'; target: OpenTarget | null }
  | { kind: 'pause' }
  | { kind: 'resume' }
  | { kind: 'quit' };

/** A line of the menu: a label the owner reads (action null: a status line), or a separator. */
export type TrayMenuEntry = { label: string; action: TrayAction | null } | 'separator';

export interface TrayMenuModel {
  tooltip: string;
  entries: TrayMenuEntry[];
}

export interface TrayState {
  overview: PublishingOverview;
  /** The latest progress per target being published (fresher than the overview's step). */
  progress: ReadonlyMap<string, PublishProgress>;
  timeZone: string;
  now: Date;
}

/** Targets being published get a line each up to this many; the rest are counted. */
export const TRAY_PUBLISHING_LINES = 3;
/** Windows cuts tray tooltips at 127 characters. */
const TOOLTIP_MAX = 127;
/** An account name can be long; a menu as wide as the screen helps nobody. */
const WHERE_MAX = 48;

const calendarAt = (targetId: string | null): TrayAction => ({ kind: 'open', target: { section: 'calendar', targetId } });

/**
 * The tray menu for a publishing overview: what is going out now and how far it is, what goes out
 * next and when (in the owner's time zone), what needs the owner, then Pause or Resume, Open and
 * Quit. The status lines come first because they are what the owner opens the menu to read.
 */
export function trayMenuModel(state: TrayState): TrayMenuModel {
  const { overview } = state;
  const entries: TrayMenuEntry[] = [];
  if (overview.paused) entries.push({ label: 'Publishing is paused', action: null });
  entries.push(...publishingLines(state));
  entries.push(nextLine(state));
  if (overview.needsAttention > 0) entries.push({ label: attentionLabel(overview.needsAttention), action: calendarAt(null) });
  entries.push(
    'separator',
    overview.paused
      ? { label: 'Resume publishing', action: { kind: 'resume' } }
      : { label: 'Pause publishing', action: { kind: 'pause' } },
    'separator',
    { label: 'Open Outpost', action: { kind: 'open', target: null } },
    { label: 'Quit Outpost', action: { kind: 'quit' } },
  );
  return { tooltip: tooltip(state), entries };
}

function publishingLines({ overview, progress }: TrayState): TrayMenuEntry[] {
  const { publishing } = overview;
  if (publishing.length === 0) return [];
  const lines: TrayMenuEntry[] = [{ label: `Publishing ${postCount(publishing.length)}…`, action: null }];
  for (const item of publishing.slice(0, TRAY_PUBLISHING_LINES)) {
    const label = `${oneLine(whereItGoes(item), WHERE_MAX)}: ${stepOf(item, progress.get(item.targetId))}`;
    lines.push({ label, action: calendarAt(item.targetId) });
  }
  const more = publishing.length - TRAY_PUBLISHING_LINES;
  if (more > 0) lines.push({ label: `and ${more} more`, action: calendarAt(null) });
  return lines;
}

/** "Uploading the video 40%": the freshest step we heard of, with its percent when it has one. */
function stepOf(item: ScheduledItem, latest: PublishProgress | undefined): string {
  const step = latest?.step ?? item.step ?? 'Starting';
  const fraction = latest ? latest.progress : item.progress;
  return fraction === null ? step : `${step} ${Math.round(fraction * 100)}%`;
}

function nextLine({ overview, timeZone, now }: TrayState): TrayMenuEntry {
  const { next } = overview;
  if (!next?.dueAt) return { label: 'Nothing scheduled', action: null };
  const label = `Next: ${oneLine(whereItGoes(next), WHERE_MAX)} · ${shortDueTime(next.dueAt, now, timeZone)}`;
  return { label, action: calendarAt(next.targetId) };
}

function attentionLabel(count: number): string {
  return count === 1 ? '1 post needs attention' : `${count} posts need attention`;
}

/** The same in short: what is happening now, else what is next; then what needs the owner. */
function tooltip({ overview, timeZone, now }: TrayState): string {
  const parts: string[] = [];
  if (overview.publishing.length > 0) parts.push(`publishing ${postCount(overview.publishing.length)}`);
  if (overview.paused) parts.push('paused');
  else if (overview.publishing.length === 0 && overview.next?.dueAt) {
    parts.push(`next post ${shortDueTime(overview.next.dueAt, now, timeZone)}`);
  }
  if (overview.needsAttention > 0) parts.push(`${overview.needsAttention} need attention`);
  const text = parts.length > 0 ? `Outpost: ${parts.join(', ')}` : 'Outpost';
  return text.length <= TOOLTIP_MAX ? text : `${text.slice(0, TOOLTIP_MAX - 1)}…`;
}
