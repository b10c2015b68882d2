import type { Session } from 'electron';
import type { Logger } from '../diagnostics/logger';
import { isPermissionGranted } from './permissionPolicy';

/**
 * Answers every permission request (the prompt-style path) and every permission check (the silent
 * path Chromium also consults) with the same policy: refused, except the short list in
 * permissionPolicy.ts for our own top-level page. Without a handler Electron grants most
 * permissions by default, so this must be installed before the first page loads.
 */
export function restrictPermissions(session: Session, appOrigins: ReadonlySet<string>, logger: Logger): void {
  session.setPermissionRequestHandler((_contents, permission, callback, details) => {
    const granted = isPermissionGranted(permission, details, appOrigins);
    if (!granted) logger.warn({ permission, url: details.requestingUrl }, 'permissions: refused request');
    callback(granted);
  });
  session.setPermissionCheckHandler((_contents, permission, requestingOrigin, details) =>
    isPermissionGranted(permission, { requestingUrl: requestingOrigin, isMainFrame: details.isMainFrame }, appOrigins),
  );
}
