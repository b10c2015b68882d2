import { afterEach, describe, expect, it } from 'vitest';
import { BridgeUnavailableError, getApi } from '../../../renderer/src/bridge/getApi';
import { createFakeApi } from './fakeApi';

describe('getApi', () => {
  afterEach(() => {
    delete window.api;
  });

  it('uses the api the Electron preload exposed', () => {
    const { api } = createFakeApi();
    window.api = api;

    expect(getApi()).toBe(api);
  });

  it('throws a clear error when there is neither a preload nor browser mode', () => {
    expect(() => getApi()).toThrow(BridgeUnavailableError);
    expect(() => getApi()).toThrow(/could not reach its background service/);
  });
});
