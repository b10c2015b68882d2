import type { DatabaseSync } from 'node:sqlite';
import type { Platform, PostType } from '../../../preload/contract';
import type { Logger } from '../../diagnostics/logger';
import type { RefusedMetrics } from '../insightsSource';

/**
 * Platform metric names a platform refused for a kind of post, kept in `insight_refused_metrics`
 * so they are never asked again, across restarts too. A deprecated name is logged once with its
 * name (the first time the platform says so, on any kind of post), so a support log shows which
 * name Outpost still asked for, without a line on every measurement.
 */
export function createRefusedMetricsStore({ db, logger, now }: { db: DatabaseSync; logger: Logger; now: () => Date }): RefusedMetrics {
  const selectRefused = db.prepare('SELECT metric FROM insight_refused_metrics WHERE platform = ? AND kind = ?');
  const knownForPlatform = db.prepare('SELECT 1 FROM insight_refused_metrics WHERE platform = ? AND metric = ? LIMIT 1');
  const insert = db.prepare(`
    INSERT INTO insight_refused_metrics (platform, kind, metric, reason, refused_at) VALUES (?, ?, ?, ?, ?)
    ON CONFLICT DO NOTHING`);

  return {
    refused(platform: Platform, kind: PostType): ReadonlySet<string> {
      return new Set((selectRefused.all(platform, kind) as { metric: string }[]).map((row) => row.metric));
    },
    remember({ platform, kind, metric, reason, deprecated }) {
      const seenBefore = knownForPlatform.get(platform, metric) !== undefined;
      const { changes } = insert.run(platform, kind, metric, reason, now().toISOString());
      if (changes === 0) return;
      if (deprecated && !seenBefore) {
        logger.warn({ platform, metric, kind, reason }, `insights: the platform says the metric ${metric} is deprecated; Outpost no longer asks for it`);
      } else {
        logger.info({ platform, metric, kind, reason }, 'insights: metric refused for this kind of post; not asked again');
      }
    },
  };
}
