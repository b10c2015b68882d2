/**
 * The renderer's home: a custom `app://` scheme instead of `file://`, so pages get a real origin
 * (for the IPC sender check and same-origin navigation), responses can carry a CSP header, and the
 * `grantFileProtocolExtraPrivileges` fuse can stay off. The host is fixed: every URL the app serves
 * is `app://outpost/...`, and any other host is foreign.
 */
export const APP_SCHEME = 'app';
export const APP_HOST = 'outpost';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
export const APP_ENTRY_URL = `${APP_ORIGIN}/index.html`;
