import type { App } from 'electron';

/**
 * One Outpost per profile: two copies would both publish the same due posts. Must be called
 * before `ready`. Returns false when another instance already runs; the caller then exits at once
 * (the other instance has been told, and shows its window). A second launch is also the way back
 * to a hidden window on desktops whose tray icon is invisible (stock GNOME).
 */
export function acquireSingleInstanceLock(app: App, onSecondInstance: (argv: string[]) => void): boolean {
  if (!app.requestSingleInstanceLock()) return false;
  app.on('second-instance', (_event, argv) => onSecondInstance(argv));
  return true;
}
