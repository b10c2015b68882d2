import { useState } from 'react';
import type { PublishingOverview } from '../../../preload/contract';
import { describeError } from '../lib/describeError';
import { PauseIcon } from '../features/calendar/calendarIcons';
import { usePublishing } from '../features/calendar/usePublishing';
import { Button } from '../ui/Button';
import { useToast } from './useToast';

/** "3 upcoming, 1 needs attention": the counts beside Calendar, in words (the link's description). */
export function countsInWords({ upcoming, needsAttention }: Pick<PublishingOverview, 'upcoming' | 'needsAttention'>): string {
  return [upcoming > 0 ? `${upcoming} upcoming` : '', needsAttention > 0 ? `${needsAttention} ${needsAttention === 1 ? 'needs' : 'need'} attention` : '']
    .filter(Boolean)
    .join(', ');
}

/**
 * The counts drawn beside Calendar: upcoming posts, muted, and those needing the owner as an
 * accent badge. Hidden from screen readers: the link's description says the same in words.
 */
export function CalendarCounts() {
  const overview = usePublishing((state) => state.overview);
  if (!overview) return null;
  return (
    <span className="sidebar__counts" aria-hidden="true">
      {overview.upcoming > 0 ? <span className="sidebar__count">{overview.upcoming}</span> : null}
      {overview.needsAttention > 0 ? <span className="sidebar__count sidebar__count--attention">{overview.needsAttention}</span> : null}
    </span>
  );
}

/** The counts in words, for the Calendar link's aria-describedby. */
export function CalendarCountsDescription({ id }: { id: string }) {
  const overview = usePublishing((state) => state.overview);
  return (
    <span id={id} className="visually-hidden">
      {overview ? countsInWords(overview) : ''}
    </span>
  );
}

/** While publishing is paused (from the tray, say): says so, with the way to resume. */
export function PausedNotice() {
  const paused = usePublishing((state) => state.overview?.paused ?? false);
  const setPaused = usePublishing((state) => state.setPaused);
  const toast = useToast();
  const [isBusy, setBusy] = useState(false);
  if (!paused) return null;

  const resume = async () => {
    setBusy(true);
    const result = await setPaused(false);
    setBusy(false);
    if (!result.ok) toast({ tone: 'error', title: 'Publishing could not be resumed', body: describeError(result) });
  };

  return (
    <div className="sidebar-paused" role="status">
      <p className="sidebar-paused__text">
        <PauseIcon size={16} />
        Publishing is paused
      </p>
      <p className="sidebar-paused__hint">Scheduled posts wait until you resume.</p>
      <Button isPending={isBusy} onPress={() => void resume()}>
        Resume
      </Button>
    </div>
  );
}
