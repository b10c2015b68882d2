import type { WebContents } from 'electron';
import { events, IPC_EVENT_PREFIX, type EventName, type EventPayloadOf } from '../../preload/contract';
import type { Logger } from '../diagnostics/logger';

/**
 * The core's `emit`: pushes a contract event to the main window. The payload is checked against
 * the contract first, so a service that drifts from the contract shows up in the log instead of
 * as a confused renderer; an invalid payload is dropped, never sent. With no window (not created
 * yet, or gone while quitting) there is nobody to tell, and the event is dropped quietly.
 */
export function createRendererEmitter(target: () => WebContents | undefined, logger: Logger) {
  return <E extends EventName>(event: E, payload: EventPayloadOf<E>): void => {
    const parsed = events[event].safeParse(payload);
    if (!parsed.success) {
      logger.error({ event, issues: parsed.error.issues.slice(0, 5) }, 'events: payload does not match the contract; not sent');
      return;
    }
    const contents = target();
    if (!contents || contents.isDestroyed()) return;
    contents.send(IPC_EVENT_PREFIX + event, parsed.data);
  };
}
