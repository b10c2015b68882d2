import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createSilentLogger } from '../../../../../main/diagnostics/logger';
import { createRefusedMetricsStore } from '../../../../../main/insights/collection/refusedMetricsStore';
import { openOutpostDatabase } from '../../../../../main/store/database';
import { useTempDirectory } from '../../../../support/useTempDirectory';
import { capturingLogger } from '../../accounts/upkeep/capturingLogger';

const now = () => new Date('2026-12-01T08:00:00.000Z');
const WARN = 40;

describe('refused metrics', () => {
  const directory = useTempDirectory('refused-metrics');
  const open = () => openOutpostDatabase({ file: join(directory(), 'outpost.db'), logger: createSilentLogger() });

  it('remembers a refused name per platform and kind of post, across restarts', () => {
    const first = open();
    const store = createRefusedMetricsStore({ db: first.db, logger: createSilentLogger(), now });
    store.remember({ platform: 'instagram', kind: 'story', metric: 'shares', reason: 'not supported for stories', deprecated: false });
    expect([...store.refused('instagram', 'story')]).toEqual(['shares']);
    expect(store.refused('instagram', 'feed').size).toBe(0);
    expect(store.refused('facebook', 'story').size).toBe(0);
    first.close();

    const again = open();
    expect([...createRefusedMetricsStore({ db: again.db, logger: createSilentLogger(), now }).refused('instagram', 'story')]).toEqual(['shares']);
    again.close();
  });

  it('logs a deprecated metric once with its name, never again, also after a restart', () => {
    const log = capturingLogger();
    const first = open();
    const store = createRefusedMetricsStore({ db: first.db, logger: log.logger, now });
    const impressions = { platform: 'instagram', metric: 'impressions', reason: 'deprecated since v22.0', deprecated: true } as const;
    store.remember({ ...impressions, kind: 'feed' });
    store.remember({ ...impressions, kind: 'feed' });
    store.remember({ ...impressions, kind: 'reel' });
    first.close();
    const again = open();
    createRefusedMetricsStore({ db: again.db, logger: log.logger, now }).remember({ ...impressions, kind: 'carousel' });
    again.close();

    const warnings = log.lines.filter((line) => line.level === WARN);
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatchObject({ metric: 'impressions', platform: 'instagram' });
    expect(warnings[0]?.msg).toContain('impressions');
  });
});
