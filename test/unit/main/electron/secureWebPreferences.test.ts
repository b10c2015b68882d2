import { describe, expect, it } from 'vitest';
import { secureWebPreferences } from '../../../../main/electron/secureWebPreferences';

describe('secureWebPreferences', () => {
  it('is exactly the security baseline, with the preload and nothing else', () => {
    expect(secureWebPreferences('/app/out/preload/index.cjs')).toStrictEqual({
      preload: '/app/out/preload/index.cjs',
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      experimentalFeatures: false,
    });
  });
});
