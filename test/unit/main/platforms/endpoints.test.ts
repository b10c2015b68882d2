import { describe, expect, it } from 'vitest';
import {
  ENDPOINT_OVERRIDES,
  GRAPH_API_VERSION,
  InvalidEndpointOverrideError,
  REQUEST_TIMEOUTS,
  resolveEndpoints,
  type PlatformEndpoints,
} from '../../../../main/platforms/endpoints';

describe('resolveEndpoints', () => {
  it('uses the production hosts when nothing is overridden', () => {
    expect(resolveEndpoints({})).toEqual({
      metaGraph: 'https://graph.facebook.com',
      metaDialog: 'https://www.facebook.com',
      metaUpload: 'https://rupload.facebook.com',
      instagramGraph: 'https://graph.instagram.com',
      instagramApi: 'https://api.instagram.com',
      tiktokApi: 'https://open.tiktokapis.com',
      tiktokAuth: 'https://www.tiktok.com',
    });
  });

  const variables: [keyof PlatformEndpoints, string][] = [
    ['metaGraph', 'OUTPOST_META_GRAPH_URL'],
    ['metaDialog', 'OUTPOST_META_DIALOG_URL'],
    ['metaUpload', 'OUTPOST_META_UPLOAD_URL'],
    ['instagramGraph', 'OUTPOST_INSTAGRAM_GRAPH_URL'],
    ['instagramApi', 'OUTPOST_INSTAGRAM_API_URL'],
    ['tiktokApi', 'OUTPOST_TIKTOK_API_URL'],
    ['tiktokAuth', 'OUTPOST_TIKTOK_AUTH_URL'],
  ];

  it('names one variable per base URL', () => {
    expect(Object.entries(ENDPOINT_OVERRIDES).sort()).toEqual([...variables].sort());
  });

  it.each(variables)('%s follows %s and nothing else moves', (key, variable) => {
    const resolved = resolveEndpoints({ [variable]: 'http://127.0.0.1:4010/sandbox/' });
    const production = resolveEndpoints({});
    expect(resolved[key]).toBe('http://127.0.0.1:4010/sandbox');
    for (const other of Object.keys(production) as (keyof PlatformEndpoints)[]) {
      if (other !== key) expect(resolved[other]).toBe(production[other]);
    }
  });

  it('ignores empty and blank values', () => {
    expect(resolveEndpoints({ OUTPOST_META_GRAPH_URL: '', OUTPOST_TIKTOK_API_URL: '  ' })).toEqual(resolveEndpoints({}));
  });

  it.each(['graph.local:4010', 'ftp://127.0.0.1/x', 'http://127.0.0.1:4010/?token=x', 'not a url'])(
    'refuses %s with an error naming the variable',
    (value) => {
      expect(() => resolveEndpoints({ OUTPOST_META_UPLOAD_URL: value })).toThrow(InvalidEndpointOverrideError);
      expect(() => resolveEndpoints({ OUTPOST_META_UPLOAD_URL: value })).toThrow(/OUTPOST_META_UPLOAD_URL/);
    },
  );
});

describe('versions and timeouts', () => {
  it('pins one Graph version, at least v23.0 (current Page insight metrics)', () => {
    const [, major] = /^v(\d+)\.0$/.exec(GRAPH_API_VERSION) ?? [];
    expect(Number(major)).toBeGreaterThanOrEqual(23);
  });

  it('gives uploads far longer than API calls, and API calls at least 10 seconds', () => {
    expect(REQUEST_TIMEOUTS.apiCallMs).toBeGreaterThanOrEqual(10_000);
    expect(REQUEST_TIMEOUTS.uploadMs).toBeGreaterThanOrEqual(10 * REQUEST_TIMEOUTS.apiCallMs);
  });
});
