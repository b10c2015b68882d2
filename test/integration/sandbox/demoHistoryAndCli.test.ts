import { spawn } from 'node:child_process';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { demoIds } from '../../../main/sandbox';
import { call, START, useSandbox, type GraphErrorBody } from './sandboxHarness';

const DAY = 24 * 60 * 60 * 1000;

describe('demo history (issue 3: about 60 days of past posts)', () => {
  const ctx = useSandbox({ history: { days: 60 } });

  it('has past Instagram media, Page posts and TikTok videos, with insights', async () => {
    const token = ctx.sandbox.control.tokens.issueMetaUserToken().access_token;
    const graph = (path: string, query: Record<string, string> = {}) =>
      call<Record<string, unknown> & GraphErrorBody>('GET', `${ctx.sandbox.urls.metaGraph}/v23.0${path}`, { query: { access_token: token, ...query } });
    const media = (await graph(`/${demoIds.instagramAccountId}/media`, { fields: 'id,timestamp,media_product_type,like_count', limit: '100' })).body.data as { id: string; timestamp: string; like_count: number }[];
    expect(media.length).toBeGreaterThan(15);
    const oldest = Date.parse(media.at(-1)?.timestamp.replace('+0000', 'Z') ?? '');
    expect(START - oldest).toBeGreaterThan(50 * DAY);
    expect(media.every((item) => item.like_count > 0)).toBe(true);
    const insights = await graph(`/${media[0]?.id ?? ''}/insights`, { metric: 'reach,views' });
    expect(insights.status).toBe(200);

    const pageToken = ((await graph('/me/accounts')).body.data as { access_token: string }[])[0]?.access_token ?? '';
    const feed = await call<{ data: { id: string; full_picture?: string }[] }>('GET', `${ctx.sandbox.urls.metaGraph}/v23.0/${demoIds.pageId}/feed`, { query: { access_token: pageToken, fields: 'id,full_picture', limit: '100' } });
    expect(feed.body.data.length).toBeGreaterThan(15);
    const picture = feed.body.data.find((post) => post.full_picture)?.full_picture ?? '';
    expect((await fetch(picture)).headers.get('content-type')).toBe('image/jpeg');
    const engagement = await call<{ data: { values: { value: number }[] }[] }>('GET', `${ctx.sandbox.urls.metaGraph}/v23.0/${demoIds.pageId}/insights`, {
      query: { access_token: pageToken, metric: 'page_post_engagements', since: String(Math.floor((START - 30 * DAY) / 1000)), until: String(Math.floor(START / 1000)) },
    });
    expect(engagement.body.data[0]?.values.filter((item) => item.value > 0).length).toBeGreaterThan(20);

    const tiktok = ctx.sandbox.control.tokens.issueTikTokToken().access_token;
    const videos = await call<{ data: { videos: { view_count: number }[] } }>('POST', `${ctx.sandbox.urls.tiktokApi}/v2/video/list/`, {
      query: { fields: 'id,view_count' },
      json: { max_count: 20 },
      headers: { authorization: `Bearer ${tiktok}` },
    });
    expect(videos.body.data.videos.length).toBeGreaterThan(5);
  });
});

describe('npm run sandbox', () => {
  it('starts on a free port, prints the URLs and answers on them', async () => {
    const root = resolve(import.meta.dirname, '../../..');
    const child = spawn(process.execPath, ['--import', 'tsx', 'main/sandbox/cli.ts', '--port', '0', '--seed', 'cli'], { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] });
    try {
      let output = '';
      await new Promise<void>((resolveStarted, reject) => {
        const timer = setTimeout(() => reject(new Error(`no start-up line; got:\n${output}`)), 30_000);
        child.stdout.on('data', (chunk: Buffer) => {
          output += chunk.toString();
          if (output.includes('Press Ctrl+C')) {
            clearTimeout(timer);
            resolveStarted();
          }
        });
        child.once('exit', (code) => reject(new Error(`exited with ${String(code)}:\n${output}`)));
      });
      const control = /control\s+(http:\/\/127\.0\.0\.1:\d+\/__sandbox)/.exec(output)?.[1] ?? '';
      expect(output).toMatch(/export OUTPOST_META_GRAPH_URL=http:\/\/127\.0\.0\.1:\d+\/graph/);
      const overview = await call<{ seed: string }>('GET', `${control}/`);
      expect(overview.body.seed).toBe('cli');
    } finally {
      child.kill('SIGTERM');
    }
  });
});
