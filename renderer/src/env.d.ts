import type { OutpostApi } from '../../preload/api';

declare global {
  interface Window {
    /** Exposed by the Electron preload; absent in browser mode, where getApi builds one instead. */
    api?: OutpostApi;
  }
}
