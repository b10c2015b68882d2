import { describe, expect, it } from 'vitest';
import { createSeededRandom } from '../../../../main/sandbox/core/seededRandom';
import { FaultPlan } from '../../../../main/sandbox/faults/faultPlan';

const plan = (seed = 'faults') => new FaultPlan(createSeededRandom(seed));

describe('fault plan', () => {
  it('an injected fault hits the next matching request, then is used up', () => {
    const faults = plan();
    faults.inject({ kind: 'serverError', status: 503, match: { pathIncludes: '/media_publish' } });
    expect(faults.decide('metaGraph', 'POST', '/v23.0/1/media', 0)).toBeNull();
    expect(faults.decide('metaGraph', 'POST', '/v23.0/1/media_publish', 0)).toMatchObject({ kind: 'serverError', status: 503 });
    expect(faults.decide('metaGraph', 'POST', '/v23.0/1/media_publish', 0)).toBeNull();
  });

  it('times: null keeps a fault until cleared', () => {
    const faults = plan();
    faults.inject({ kind: 'throttle', code: 4, times: null });
    for (let i = 0; i < 5; i++) expect(faults.decide('tiktokApi', 'GET', '/v2/user/info/', 0)?.code).toBe(4);
    faults.clear();
    expect(faults.decide('tiktokApi', 'GET', '/v2/user/info/', 0)).toBeNull();
  });

  it('never faults the control endpoint; pages and the CDN only when named', () => {
    const faults = plan();
    faults.inject({ kind: 'serverError', times: null });
    expect(faults.decide('control', 'GET', '/', 0)).toBeNull();
    expect(faults.decide('cdn', 'GET', '/ig/1.jpg', 0)).toBeNull();
    expect(faults.decide('metaDialog', 'GET', '/v23.0/dialog/oauth', 0)).toBeNull();
    faults.clear();
    faults.inject({ kind: 'serverError', match: { hosts: ['cdn'] } });
    expect(faults.decide('cdn', 'GET', '/ig/1.jpg', 0)?.kind).toBe('serverError');
  });

  it('a failure rate is deterministic for a seed and close to the rate', () => {
    const run = (seed: string) => {
      const faults = plan(seed);
      faults.setFailureRate({ rate: 0.2 });
      return Array.from({ length: 1000 }, () => faults.decide('metaGraph', 'GET', '/v23.0/me', 0)?.kind ?? null);
    };
    const first = run('same');
    expect(run('same')).toEqual(first);
    expect(run('other')).not.toEqual(first);
    const hits = first.filter((kind) => kind !== null).length;
    expect(hits).toBeGreaterThan(150);
    expect(hits).toBeLessThan(250);
    expect(new Set(first.filter((kind) => kind !== null))).toEqual(new Set(['serverError', 'throttle', 'dropConnection', 'latency']));
  });

  it('a failure rate leaves pages and the CDN alone unless asked', () => {
    const faults = plan();
    faults.setFailureRate({ rate: 1 });
    expect(faults.decide('metaDialog', 'GET', '/v23.0/dialog/oauth', 0)).toBeNull();
    expect(faults.decide('cdn', 'GET', '/x.jpg', 0)).toBeNull();
    expect(faults.decide('tiktokUpload', 'PUT', '/video/', 0)).not.toBeNull();
  });

  it('media rejections and stuck containers are consumed by count', () => {
    const faults = plan();
    faults.rejectMedia({ platform: 'instagram', times: 2, reason: 2207026 });
    expect(faults.takeMediaRejection('tiktok')).toBeNull();
    expect(faults.takeMediaRejection('instagram')?.reason).toBe(2207026);
    expect(faults.takeMediaRejection('instagram')).not.toBeNull();
    expect(faults.takeMediaRejection('instagram')).toBeNull();
    faults.stickContainers(1);
    expect(faults.takeStuckContainer()).toBe(true);
    expect(faults.takeStuckContainer()).toBe(false);
  });
});
