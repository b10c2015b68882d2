import type { ErrorResult } from '../../../preload/contract';
import { describeError } from '../lib/describeError';
import { Button } from './Button';
import './LoadProblem.css';

/** A list that could not be loaded: why, in main's words, and a way to try again. */
export function LoadProblem({ what, error, onRetry }: { what: string; error: ErrorResult; onRetry: () => void }) {
  return (
    <div role="alert" className="load-problem">
      <p>
        {what} could not be loaded: {describeError(error)}
      </p>
      <Button onPress={onRetry}>Try again</Button>
    </div>
  );
}
