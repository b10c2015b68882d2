import type { PowerMonitor } from 'electron';
import type { Logger } from '../diagnostics/logger';
import type { WakeReason } from '../schedule/publishingControl';

export interface PowerEventOptions {
  /** The engine re-reads the database (`PublishingControl.wake`). */
  wake: (reason: WakeReason) => void;
  /** Also run on resume (the network check: a laptop often wakes onto another network). */
  onResume: () => void;
  logger: Logger;
}

/**
 * Sleep and wake: timers do not fire while the system sleeps, so waking up (or unlocking, which on
 * some systems is the only sign of it) makes the engine look at what became due meanwhile.
 * Suspending needs nothing: the database already holds everything. Returns the unsubscribe.
 */
export function wakeOnPowerEvents(powerMonitor: PowerMonitor, { wake, onResume, logger }: PowerEventOptions): () => void {
  const onSuspend = () => logger.info('power: the system is going to sleep');
  const onWake = () => {
    logger.info('power: the system woke up');
    wake('resume');
    onResume();
  };
  const onUnlock = () => wake('unlock');
  powerMonitor.on('suspend', onSuspend);
  powerMonitor.on('resume', onWake);
  powerMonitor.on('unlock-screen', onUnlock);
  return () => {
    powerMonitor.removeListener('suspend', onSuspend);
    powerMonitor.removeListener('resume', onWake);
    powerMonitor.removeListener('unlock-screen', onUnlock);
  };
}
