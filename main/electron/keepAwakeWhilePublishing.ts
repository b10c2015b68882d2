import type { PowerSaveBlocker } from 'electron';
import type { Logger } from '../diagnostics/logger';
import type { PublishingControl } from '../schedule/publishingControl';

/**
 * While a post is being published the system is kept from suspending the app, so an upload is not
 * cut off halfway by idle sleep; the moment nothing is publishing, the blocker is released. At most
 * one blocker is held at any time. Returns the stop (which also releases it).
 */
export function keepAwakeWhilePublishing({
  control,
  blocker,
  logger,
}: {
  control: Pick<PublishingControl, 'isPublishing' | 'onOverviewChange'>;
  blocker: Pick<PowerSaveBlocker, 'start' | 'stop'>;
  logger: Logger;
}): () => void {
  let blockerId: number | undefined;
  const release = () => {
    if (blockerId === undefined) return;
    blocker.stop(blockerId);
    blockerId = undefined;
    logger.info('power: publishing finished; the system may sleep again');
  };
  const update = () => {
    if (!control.isPublishing()) {
      release();
    } else if (blockerId === undefined) {
      blockerId = blocker.start('prevent-app-suspension');
      logger.info('power: publishing; keeping the system awake');
    }
  };
  update();
  const unsubscribe = control.onOverviewChange(update);
  return () => {
    unsubscribe();
    release();
  };
}
