import type { DatabaseSync } from 'node:sqlite';
import { InsightMetric, type InsightMeasurement, type InsightsDashboard, type InsightPostDetail, type InsightsPeriod } from '../../../preload/contract';

/**
 * The baseline: the dashboard's answers as a person would write them by hand with node:sqlite for
 * an owner in UTC (so SQLite's own date functions give the days and hours): the latest value of
 * each metric by a window function, the sums, rankings and heatmap cells in SQL, and only the
 * shaping in JavaScript. `answerOf` puts our dashboard in the same shape, so both can be compared.
 */

/** What both sides must agree on. Numbers are rounded to 10 significant digits (sums in another order). */
export interface DashboardAnswer {
  headline: Record<string, { current: number | null; previous: number | null; change: number | null; changeRatio: number | null }>;
  daily: InsightsDashboard['daily'];
  ranked: { postId: string; engagementRate: number | null; metrics: Record<string, number>; measuredAt: string | null }[];
  topPosts: string[];
  bottomPosts: string[];
  cells: { posts: number; engagementRate: number | null }[];
  postsConsidered: number;
}

const METRICS = InsightMetric.options;

/** Latest value per post and metric for the posts `chosen` (a CTE the caller writes), one row a post. */
const LATEST = `
  ranked AS (
    SELECT s.post_id, s.metric, s.value, s.taken_at,
           row_number() OVER (PARTITION BY s.post_id, s.metric ORDER BY s.taken_at DESC) AS n
      FROM insight_snapshots s JOIN chosen c ON c.id = s.post_id),
  latest AS (
    SELECT c.id, c.published_at, max(r.taken_at) AS measured_at,
           ${METRICS.map((metric) => `max(CASE r.metric WHEN '${metric}' THEN r.value END) AS ${metric}`).join(', ')}
      FROM chosen c LEFT JOIN ranked r ON r.post_id = c.id AND r.n = 1 GROUP BY c.id),
  rated AS (SELECT *, interactions / nullif(coalesce(reach, views), 0) AS rate FROM latest)`;

const round = (value: number | null) => (value === null ? null : Number(value.toPrecision(10)));

function figure(current: number | null, previous: number | null) {
  const change = current === null || previous === null ? null : current - previous;
  return { current: round(current), previous: round(previous), change: round(change), changeRatio: change === null || !previous ? null : round(change / previous) };
}

const nextDay = (day: string) => new Date(Date.parse(`${day}T00:00:00.000Z`) + 86_400_000).toISOString().slice(0, 10);
const previousDay = (day: string) => new Date(Date.parse(`${day}T00:00:00.000Z`) - 86_400_000).toISOString().slice(0, 10);

type Row = Record<string, number | string | null>;

const metricsOf = (row: Row) => Object.fromEntries(METRICS.flatMap((metric) => (typeof row[metric] === 'number' ? [[metric, row[metric]]] : [])));

export function createRawInsights(db: DatabaseSync) {
  const chosenInRange = 'chosen AS (SELECT id, published_at FROM insight_posts WHERE published_at >= :from AND published_at < :to)';
  const headline = db.prepare(`WITH ${chosenInRange}, ${LATEST}
    SELECT published_at >= :start AS current, count(*) AS posts, sum(views) AS views, sum(reach) AS reach, sum(interactions) AS interactions,
           sum(CASE WHEN coalesce(reach, views) IS NOT NULL THEN interactions END) / sum(CASE WHEN interactions IS NOT NULL THEN coalesce(reach, views) END) AS rate
      FROM rated GROUP BY current`);
  const ranked = (order: string, limit: number) =>
    db.prepare(`WITH ${chosenInRange}, ${LATEST} SELECT * FROM rated WHERE rate IS NOT NULL ORDER BY ${order} LIMIT ${limit}`);
  const best = ranked('rate DESC, published_at DESC, id', 20);
  const worst = ranked('rate ASC, published_at ASC, id DESC', 5);
  const cells = db.prepare(`WITH chosen AS (SELECT id, published_at FROM insight_posts), ${LATEST}
    SELECT (CAST(strftime('%w', published_at) AS INTEGER) + 6) % 7 + 1 AS weekday, CAST(strftime('%H', published_at) AS INTEGER) AS hour,
           count(*) AS posts, avg(rate) AS rate
      FROM rated WHERE rate IS NOT NULL GROUP BY weekday, hour`);
  const daily = db.prepare(`
    SELECT day, sum(CASE metric WHEN 'views' THEN value END) AS views, sum(CASE metric WHEN 'reach' THEN value END) AS reach,
           sum(CASE metric WHEN 'interactions' THEN value END) AS interactions, sum(CASE metric WHEN 'followers' THEN value END) AS followers
      FROM account_insight_days WHERE day >= :from AND day <= :to GROUP BY day`);
  // A day's follower change: the account's own, else the difference of its counts that day and the day before.
  const dailyChanges = db.prepare(`
    WITH changes AS (
      SELECT day, value AS change FROM account_insight_days WHERE metric = 'follower_change' AND day BETWEEN :from AND :to
      UNION ALL
      SELECT d.day, d.value - prev.value FROM account_insight_days d
        JOIN account_insight_days prev ON prev.account_id = d.account_id AND prev.metric = 'followers' AND prev.day = date(d.day, '-1 day')
       WHERE d.metric = 'followers' AND d.day BETWEEN :from AND :to
         AND NOT EXISTS (SELECT 1 FROM account_insight_days c WHERE c.account_id = d.account_id AND c.day = d.day AND c.metric = 'follower_change'))
    SELECT day, sum(change) AS followerChange FROM changes GROUP BY day`);
  const followerChange = db.prepare(`
    WITH per_account AS (
      SELECT (SELECT sum(value) FROM account_insight_days d WHERE d.account_id = a.id AND d.metric = 'follower_change' AND d.day BETWEEN :from AND :to) AS changes,
             (SELECT value FROM account_insight_days d WHERE d.account_id = a.id AND d.metric = 'followers' AND d.day BETWEEN :from AND :to ORDER BY d.day DESC LIMIT 1)
             - (SELECT value FROM account_insight_days d WHERE d.account_id = a.id AND d.metric = 'followers' AND d.day = :before) AS counted
        FROM accounts a)
    SELECT sum(coalesce(changes, counted)) AS change FROM per_account`);
  const csvRows = db.prepare(`WITH ${chosenInRange}, ${LATEST}
    SELECT a.display_name, p.platform, p.kind, p.published_at, p.caption, p.permalink, rated.*
      FROM rated JOIN insight_posts p ON p.id = rated.id JOIN accounts a ON a.id = p.account_id ORDER BY p.published_at, p.id`);
  const onePost = db.prepare('SELECT p.*, a.display_name FROM insight_posts p JOIN accounts a ON a.id = p.account_id WHERE p.id = ?');
  const snapshots = db.prepare('SELECT taken_at, checkpoint, metric, value FROM insight_snapshots WHERE post_id = ? ORDER BY taken_at, metric');

  const bounds = (period: InsightsPeriod) => ({ from: `${period.from}T00:00:00.000Z`, to: `${nextDay(period.to)}T00:00:00.000Z` });
  const changeOver = (period: InsightsPeriod) =>
    (followerChange.get({ from: period.from, to: period.to, before: previousDay(period.from) }) as { change: number | null }).change;

  return {
    dashboard(period: InsightsPeriod, previous: InsightsPeriod): DashboardAnswer {
      const range = { from: bounds(previous).from, to: bounds(period).to };
      const totals = new Map((headline.all({ ...range, start: bounds(period).from }) as Row[]).map((row) => [row.current === 1, row]));
      const side = (current: boolean, key: string) => (totals.get(current)?.[key] as number | null | undefined) ?? (key === 'posts' ? 0 : null);
      const headlineAnswer = Object.fromEntries(
        (['posts', 'views', 'reach', 'interactions', 'rate'] as const).map((key) => [key === 'rate' ? 'engagementRate' : key, figure(side(true, key), side(false, key))]),
      );
      headlineAnswer.followerChange = figure(changeOver(period), changeOver(previous));
      const days = new Map((daily.all({ from: period.from, to: period.to }) as Row[]).map((row) => [row.day, row]));
      const changes = new Map((dailyChanges.all({ from: period.from, to: period.to }) as Row[]).map((row) => [row.day, row.followerChange as number]));
      const dailyAnswer: InsightsDashboard['daily'] = [];
      for (let day = period.from; day <= period.to; day = nextDay(day)) {
        const row = days.get(day);
        const value = (key: string) => (row?.[key] as number | null | undefined) ?? null;
        dailyAnswer.push({ day, views: value('views'), reach: value('reach'), interactions: value('interactions'), followers: value('followers'), followerChange: changes.get(day) ?? null });
      }
      const current = bounds(period);
      const bestRows = best.all(current) as Row[];
      const heat = new Map((cells.all() as Row[]).map((row) => [`${row.weekday} ${row.hour}`, row]));
      const cellAnswers = Array.from({ length: 168 }, (_, index) => {
        const row = heat.get(`${Math.floor(index / 24) + 1} ${index % 24}`);
        return { posts: (row?.posts as number | undefined) ?? 0, engagementRate: round((row?.rate as number | undefined) ?? null) };
      });
      return {
        headline: headlineAnswer,
        daily: dailyAnswer,
        ranked: bestRows.map((row) => ({ postId: String(row.id), engagementRate: round(row.rate as number), metrics: metricsOf(row), measuredAt: row.measured_at as string | null })),
        topPosts: bestRows.slice(0, 5).map((row) => String(row.id)),
        bottomPosts: (worst.all(current) as Row[]).map((row) => String(row.id)),
        cells: cellAnswers,
        postsConsidered: cellAnswers.reduce((sum, cell) => sum + cell.posts, 0),
      };
    },

    postsCsv(period: InsightsPeriod): string {
      const text = (value: string) => {
        const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
        return /[",\r\n]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
      };
      const number = (value: unknown) => (typeof value === 'number' ? String(value) : '');
      const utc = (instant: unknown) => (typeof instant === 'string' ? `${instant.slice(0, 19)}+00:00` : '');
      const lines = [`account,platform,kind,published_at,caption,permalink,${METRICS.join(',')},engagement_rate,measured_at`];
      for (const row of csvRows.all(bounds(period)) as Row[]) {
        lines.push(
          [text(String(row.display_name)), row.platform, row.kind, utc(row.published_at), text(String(row.caption)), row.permalink === null ? '' : text(String(row.permalink)),
            ...METRICS.map((metric) => number(row[metric])), number(row.rate), utc(row.measured_at)].join(','),
        );
      }
      return lines.map((line) => `${line}\r\n`).join('');
    },

    post(postId: string): Pick<InsightPostDetail, 'history' | 'nextMeasurementAt'> & { metrics: Record<string, number>; measuredAt: string | null; accountName: string } {
      const row = onePost.get(postId) as Row;
      const history = new Map<string, InsightMeasurement>();
      const metrics: Record<string, number> = {};
      for (const snapshot of snapshots.all(postId) as { taken_at: string; checkpoint: InsightMeasurement['checkpoint']; metric: InsightMetric; value: number }[]) {
        const measurement = history.get(snapshot.taken_at) ?? { at: snapshot.taken_at, checkpoint: snapshot.checkpoint, values: {} };
        measurement.values[snapshot.metric] = snapshot.value;
        history.set(snapshot.taken_at, measurement);
        metrics[snapshot.metric] = snapshot.value;
      }
      const measurements = [...history.values()];
      return { history: measurements, nextMeasurementAt: row.next_due_at as string | null, metrics, measuredAt: measurements.at(-1)?.at ?? null, accountName: String(row.display_name) };
    },
  };
}

/** Our dashboard in the baseline's shape. */
export function answerOf(dashboard: InsightsDashboard): DashboardAnswer {
  const roundedFigure = (figure: { current: number | null; previous: number | null; change: number | null; changeRatio: number | null }) => ({
    current: round(figure.current),
    previous: round(figure.previous),
    change: round(figure.change),
    changeRatio: round(figure.changeRatio),
  });
  return {
    headline: Object.fromEntries(Object.entries(dashboard.headline).map(([key, figure]) => [key, roundedFigure(figure)])),
    daily: dashboard.daily,
    ranked: dashboard.postsByEngagement.map((post) => ({ postId: post.postId, engagementRate: round(post.engagementRate), metrics: post.metrics, measuredAt: post.measuredAt })),
    topPosts: dashboard.topPosts.map((post) => post.postId),
    bottomPosts: dashboard.bottomPosts.map((post) => post.postId),
    cells: dashboard.bestTimes.cells.map((cell) => ({ posts: cell.posts, engagementRate: round(cell.engagementRate) })),
    postsConsidered: dashboard.bestTimes.postsConsidered,
  };
}
