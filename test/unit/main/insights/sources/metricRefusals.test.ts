import { describe, expect, it } from 'vitest';
import type { RefusedMetrics } from '../../../../../main/insights/insightsSource';
import { askWithoutRefused, metricRefusalIn } from '../../../../../main/insights/sources/metricRefusals';
import { PermanentError, TransientError } from '../../../../../main/platforms/platformErrors';

function refusal(reason: string, code = 100): PermanentError {
  return new PermanentError({ details: { platform: 'meta', network: 'metaGraph', code, classifiedBy: 'test' }, meaning: 'Meta did not accept a value', reason });
}

const ASKED = ['views', 'reach', 'saved', 'profile_activity'];

describe('which metric the platform refused, from its words', () => {
  it.each([
    ['(#100) The Media Insights API does not support the profile_activity metric for this media product type.', 'profile_activity', false],
    ['(#100) saved is deprecated for all versions', 'saved', true],
    ['views was removed on all versions (impressions became views, blog 2025-08-15); use post_media_view', 'views', true],
    ['reach was deprecated on 2024-03-14', 'reach', true],
    ['reach is not an insights metric.', 'reach', false],
  ])('%s → %s', (reason, metric, deprecated) => {
    expect(metricRefusalIn(refusal(reason), ASKED)).toEqual({ metric, deprecated, reason });
  });

  it('a name that was not asked, another code or another kind of error is not a refusal', () => {
    expect(metricRefusalIn(refusal('(#100) impressions is deprecated since v22.0 and for all versions since 2025-04-21; use views'), ASKED)).toBeNull();
    expect(metricRefusalIn(refusal('(#100) since must be earlier than until'), ASKED)).toBeNull();
    expect(metricRefusalIn(refusal('(#10) saved is deprecated', 10), ASKED)).toBeNull();
    expect(
      metricRefusalIn(new TransientError({ details: { platform: 'meta', network: 'metaGraph', classifiedBy: 'test' }, meaning: 'down', reason: 'saved is deprecated', needsNewContainer: false }), ASKED),
    ).toBeNull();
  });
});

function memory(): RefusedMetrics & { names: string[] } {
  const names: string[] = [];
  return { names, refused: () => new Set(names), remember: (item) => void names.push(item.metric) };
}

describe('asking without the refused names', () => {
  it('drops each refused name and asks again, once per name; never asks a remembered one', async () => {
    const refusedMetrics = memory();
    const calls: (readonly string[])[] = [];
    const unsupported = new Set(['saved', 'profile_activity']);
    const ask = async (metrics: readonly string[]) => {
      calls.push(metrics);
      const bad = metrics.find((metric) => unsupported.has(metric));
      if (bad) throw refusal(`(#100) The Media Insights API does not support the ${bad} metric for this media product type.`);
      return metrics.length;
    };
    expect(await askWithoutRefused({ platform: 'instagram', kind: 'feed', metrics: ASKED, refusedMetrics, ask })).toBe(2);
    expect(calls).toEqual([ASKED, ['views', 'reach', 'profile_activity'], ['views', 'reach']]);
    expect(refusedMetrics.names).toEqual(['saved', 'profile_activity']);
    calls.length = 0;
    await askWithoutRefused({ platform: 'instagram', kind: 'feed', metrics: ASKED, refusedMetrics, ask });
    expect(calls).toEqual([['views', 'reach']]);
  });

  it('every name refused: null, at most one call per name', async () => {
    const refusedMetrics = memory();
    let calls = 0;
    const ask = async (metrics: readonly string[]): Promise<number> => {
      calls += 1;
      throw refusal(`(#100) ${metrics[0]} is deprecated`);
    };
    expect(await askWithoutRefused({ platform: 'facebook', kind: 'photo', metrics: ASKED, refusedMetrics, ask })).toBeNull();
    expect(calls).toBe(ASKED.length);
  });

  it('any other failure is thrown as it came', async () => {
    const failure = refusal('(#100) since must be earlier than until');
    await expect(askWithoutRefused({ platform: 'instagram', kind: 'feed', metrics: ASKED, refusedMetrics: memory(), ask: () => Promise.reject(failure) })).rejects.toBe(failure);
  });
});
