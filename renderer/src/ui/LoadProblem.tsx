import type { ErrorResult } from '../../../preload/contract';
import { describeError } from '../lib/describeError';
import { Button } from './Button';
import './LoadProblem.css';

export interface LoadProblemProps {
  /** What could not be loaded ("Your drafts"). */
  what: string;
  error: ErrorResult;
  /** "could not be loaded" unless something else fits better ("could not be opened"). */
  failed?: string;
  /** The way out: trying again unless the screen offers something better. */
  actionLabel?: string;
  onAction: () => void;
}

/** Something a screen needs could not be loaded: why, in main's words, and a way on. */
export function LoadProblem({ what, error, failed = 'could not be loaded', actionLabel = 'Try again', onAction }: LoadProblemProps) {
  return (
    <div role="alert" className="load-problem">
      <p>
        {what} {failed}: {describeError(error)}
      </p>
      <Button onPress={onAction}>{actionLabel}</Button>
    </div>
  );
}
