import { useEffect, useState } from 'react';
import type { ErrorResult, SchedulePlan, ScheduleWhen } from '../../../../../preload/contract';
import { useAppServices } from '../../../app/AppServicesContext';
import { settle } from '../../../bridge/settle';

export type PlanState =
  | { kind: 'idle' }
  | { kind: 'loading' }
  | { kind: 'ready'; plan: SchedulePlan }
  | { kind: 'failed'; error: ErrorResult };

/**
 * What scheduling the post `when` would do, asked again whenever the choice changes; only the
 * answer to the latest choice is shown. Nothing is asked without a post or a complete choice.
 */
export function useSchedulePlan(postId: string | null, when: ScheduleWhen | null): PlanState {
  const { api } = useAppServices();
  const [state, setState] = useState<PlanState>({ kind: 'idle' });
  // The choice as text, so an equal choice made again (a re-render) asks nothing.
  const key = when ? JSON.stringify(when) : null;

  useEffect(() => {
    if (!postId || !key) {
      setState({ kind: 'idle' });
      return;
    }
    let isLatest = true;
    setState({ kind: 'loading' });
    void settle(() => api.schedule.plan({ postId, when: JSON.parse(key) as ScheduleWhen })).then((result) => {
      if (isLatest) setState(result.ok ? { kind: 'ready', plan: result.value } : { kind: 'failed', error: result });
    });
    return () => {
      isLatest = false;
    };
  }, [api, postId, key]);

  return state;
}
