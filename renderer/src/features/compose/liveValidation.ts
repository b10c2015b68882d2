/**
 * Asks main what the platforms would say about the draft as the owner types: shortly after they
 * pause (at once after a click: media added, a destination or option changed, so a message about
 * the old state never lingers), and only the answer to the latest question is shown (an older answer arriving late would
 * put back counters and messages for text that is gone).
 */
import type { PostDraft, PostValidation, Result } from '../../../../preload/contract';

export const VALIDATION_DELAY_MS = 150;

export interface LiveValidationOptions {
  /** The draft to check now; null when there is nothing main can check yet. */
  current(): PostDraft | null;
  validate(draft: PostDraft): Promise<Result<PostValidation>>;
  show(validation: PostValidation): void;
}

export interface LiveValidation {
  /** Checks after the owner pauses (typing); `{ now: true }` checks at once (a click changed the post). */
  schedule(options?: { now: boolean }): void;
  dispose(): void;
}

export function createLiveValidation({ current, validate, show }: LiveValidationOptions, delayMs = VALIDATION_DELAY_MS): LiveValidation {
  let latest = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let disposed = false;

  /** `question` was numbered when it was asked for, so an answer to anything older is dropped. */
  const check = async (question: number) => {
    const draft = current();
    if (!draft || disposed) return;
    const answer = await validate(draft);
    // A failed check leaves the last answer up: the next keystroke asks again.
    if (answer.ok && question === latest && !disposed) show(answer.value);
  };

  return {
    schedule(options) {
      clearTimeout(timer);
      if (disposed) return;
      const question = ++latest;
      if (options?.now) void check(question);
      else timer = setTimeout(() => void check(question), delayMs);
    },
    dispose() {
      disposed = true;
      clearTimeout(timer);
    },
  };
}
