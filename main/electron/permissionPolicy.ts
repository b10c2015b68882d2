import { originOf } from '../ipc/senderGuard';

/**
 * The only permission the app's own pages get: writing plain text to the clipboard, which
 * Settings -> "Copy diagnostics" needs (`navigator.clipboard.writeText` asks for it in Electron).
 * Reading the clipboard, camera, microphone, location, notifications (main shows those), device
 * access and the rest stay refused, for our pages as for any other.
 */
export const PERMISSIONS_FOR_OUR_PAGES: ReadonlySet<string> = new Set(['clipboard-sanitized-write']);

export interface PermissionAsker {
  /** The URL (request) or origin (check) of the frame that asks. */
  requestingUrl: string;
  isMainFrame: boolean;
}

/** True only for a listed permission asked by the top-level frame of one of our origins. */
export function isPermissionGranted(permission: string, asker: PermissionAsker, appOrigins: ReadonlySet<string>): boolean {
  if (!PERMISSIONS_FOR_OUR_PAGES.has(permission) || !asker.isMainFrame) return false;
  try {
    return appOrigins.has(originOf(new URL(asker.requestingUrl)));
  } catch {
    return false;
  }
}
