import { useEffect } from 'react';
import type { AccountSummary, InsightsDashboard } from '../../../../preload/contract';
import { useNavigation } from '../../app/useNavigation';
import { Button } from '../../ui/Button';
import { EmptyState } from '../../ui/EmptyState';
import { InsightsIcon } from '../../ui/icons';
import { LoadProblem } from '../../ui/LoadProblem';
import { Screen } from '../../ui/Screen';
import { useAccounts } from '../accounts/useAccounts';
import { zoneName } from '../calendar/zonedTime';
import { useSettings } from '../settings/useSettings';
import { useTimeZone } from '../settings/useTimeZone';
import { BestTimeHeatmap } from './BestTimeHeatmap';
import { CollectionStatus } from './CollectionStatus';
import { CsvExport } from './CsvExport';
import { DailyTrendChart } from './DailyTrendChart';
import { EngagementChart } from './EngagementChart';
import { FollowerChart } from './FollowerChart';
import { HeadlineFigures } from './HeadlineFigures';
import { InsightsFilters } from './InsightsFilters';
import { periodName, todayIn } from './insightsPeriod';
import { queryOf, type InsightsFilter } from './insightsStore';
import { WHEN_FIGURES_ARRIVE } from './insightsWords';
import { PostDetail } from './PostDetail';
import { PostList } from './PostList';
import { useInsights } from './useInsights';
import './InsightsScreen.css';

const INTRO = 'How your posts are doing and when your audience responds best. The history stays on this computer.';

function coveredAccounts(accounts: readonly AccountSummary[], { accountId, platform }: InsightsFilter): AccountSummary[] {
  return accounts.filter((account) => (accountId ? account.id === accountId : platform === 'all' || account.platform === platform));
}

/** Nothing measured in any of the selected accounts' history, and no account figures either. */
function hasNoFigures(dashboard: InsightsDashboard): boolean {
  return (
    dashboard.bestTimes.postsConsidered === 0 &&
    !dashboard.headline.posts.current &&
    dashboard.daily.every((day) => day.followers === null && day.views === null && day.reach === null)
  );
}

function Dashboard({ dashboard, timeZone, onOpen }: { dashboard: InsightsDashboard; timeZone: string; onOpen: (postId: string) => void }) {
  if (hasNoFigures(dashboard)) {
    return (
      <EmptyState title="No figures yet" icon={<InsightsIcon size={28} />}>
        Your posts’ figures will appear here. {WHEN_FIGURES_ARRIVE}
      </EmptyState>
    );
  }
  return (
    <>
      <p className="insights-muted insights-period-line">
        {periodName(dashboard.period)}, compared with {periodName(dashboard.previousPeriod)}. Days run midnight to midnight in{' '}
        {zoneName(timeZone, new Date())}.
      </p>
      <HeadlineFigures headline={dashboard.headline} />
      <div className="insights-grid">
        <DailyTrendChart period={dashboard.period} daily={dashboard.daily} />
        <FollowerChart period={dashboard.period} daily={dashboard.daily} />
      </div>
      <div className="insights-grid">
        <PostList title="Top posts" posts={dashboard.topPosts} timeZone={timeZone} onOpen={onOpen} />
        <PostList title="Bottom posts" posts={dashboard.bottomPosts} timeZone={timeZone} onOpen={onOpen} />
      </div>
      <EngagementChart posts={dashboard.postsByEngagement} />
      <BestTimeHeatmap bestTimes={dashboard.bestTimes} timeZone={timeZone} />
    </>
  );
}

export function InsightsScreen() {
  const choice = useInsights((state) => state.choice);
  const filter = useInsights((state) => state.filter);
  const dashboard = useInsights((state) => state.dashboard);
  const loadError = useInsights((state) => state.loadError);
  const openPost = useInsights((state) => state.openPost);
  const setChoice = useInsights((state) => state.setChoice);
  const setFilter = useInsights((state) => state.setFilter);
  const load = useInsights((state) => state.load);
  const showPost = useInsights((state) => state.showPost);
  const closePost = useInsights((state) => state.closePost);
  const connectEvents = useInsights((state) => state.connectEvents);
  const accounts = useAccounts((state) => state.accounts);
  const goTo = useNavigation((state) => state.goTo);
  const timeZone = useTimeZone();
  // Periods are days in the owner's zone: until the settings answer, which days is not known yet.
  const isZoneKnown = useSettings((state) => state.preferences !== null || state.loadError !== null);
  const today = todayIn(timeZone, new Date());

  // insights.changed reloads the dashboard (and an open post) while the screen is open.
  useEffect(() => connectEvents(), [connectEvents]);

  useEffect(() => {
    if (isZoneKnown) void load(today);
  }, [isZoneKnown, load, today, choice, filter]);

  if (accounts !== null && accounts.length === 0) {
    return (
      <Screen title="Insights" intro={INTRO} wide>
        <EmptyState
          title="No accounts yet"
          icon={<InsightsIcon size={28} />}
          actions={
            <Button variant="primary" onPress={() => goTo('accounts')}>
              Go to Accounts
            </Button>
          }
        >
          Connect an account to see how its posts do. {WHEN_FIGURES_ARRIVE}
        </EmptyState>
      </Screen>
    );
  }

  if (openPost) {
    return (
      <Screen title="Insights" wide>
        <PostDetail state={openPost.state} timeZone={timeZone} onBack={closePost} onRetry={() => void showPost(openPost.postId)} />
      </Screen>
    );
  }

  return (
    <Screen title="Insights" intro={INTRO} wide>
      <div className="insights">
        <div className="insights-toolbar">
          <InsightsFilters choice={choice} filter={filter} today={today} onChoice={setChoice} onFilter={setFilter} />
          <CsvExport query={queryOf(choice, filter, today)} />
        </div>
        {dashboard ? <CollectionStatus status={dashboard.collection} accounts={coveredAccounts(accounts ?? [], filter)} timeZone={timeZone} /> : null}
        {loadError ? <LoadProblem what="Your insights" error={loadError} onAction={() => void load(today)} /> : null}
        {dashboard ? <Dashboard dashboard={dashboard} timeZone={timeZone} onOpen={(postId) => void showPost(postId)} /> : null}
      </div>
    </Screen>
  );
}
