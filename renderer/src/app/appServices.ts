import type { OutpostApi } from '../../../preload/api';
import type { ErrorResult } from '../../../preload/contract';
import { describeError } from '../lib/describeError';
import { createAccountsStore, type AccountsStore } from '../features/accounts/accountsStore';
import { createCalendarStore, type CalendarStore } from '../features/calendar/calendarStore';
import { createPublishingStore, type PublishingStore } from '../features/calendar/publishingStore';
import {
  createDeveloperAppsStore,
  type DeveloperAppsStore,
} from '../features/accounts/developerApps/developerAppsStore';
import { createComposerStore, registerComposer, type ComposerStore } from '../features/compose/composerStore';
import { createRememberedPost } from '../features/compose/rememberedPost';
import { createDraftsStore, type DraftsStore } from '../features/drafts/draftsStore';
import { createInsightsStore, type InsightsStore } from '../features/insights/insightsStore';
import { createKeyringStore, type KeyringStore } from '../features/keyring/keyringStore';
import { createLibraryStore, type LibraryStore } from '../features/library/libraryStore';
import { createSettingsStore, type SettingsStore } from '../features/settings/settingsStore';
import { createThemeController } from '../features/settings/themeController';
import { createToastQueue, type AppToastQueue } from '../ui/toast/toastQueue';
import { createAppInfoStore, type AppInfoStore } from './appInfoStore';
import { createNavigationStore, type NavigationStore } from './navigationStore';
import { createNoticeToaster } from './noticeToasts';
import { openTarget } from './openTarget';

/** Everything the screens share, made once per app so tests get a fresh set with each render. */
export interface AppServices {
  api: OutpostApi;
  settings: SettingsStore;
  appInfo: AppInfoStore;
  navigation: NavigationStore;
  accounts: AccountsStore;
  developerApps: DeveloperAppsStore;
  keyring: KeyringStore;
  drafts: DraftsStore;
  library: LibraryStore;
  composer: ComposerStore;
  calendar: CalendarStore;
  publishing: PublishingStore;
  insights: InsightsStore;
  toasts: AppToastQueue;
  showNotice: ReturnType<typeof createNoticeToaster>;
}

export function createAppServices(api: OutpostApi, win: Window): AppServices {
  const toasts = createToastQueue();
  const settings = createSettingsStore(api, createThemeController(win.document.documentElement, (q) => win.matchMedia(q)));
  const navigation = createNavigationStore(win);
  return {
    api,
    settings,
    appInfo: createAppInfoStore(api),
    navigation,
    accounts: createAccountsStore(api, win),
    developerApps: createDeveloperAppsStore(api),
    keyring: createKeyringStore(api, settings),
    drafts: createDraftsStore(api),
    library: createLibraryStore(api),
    composer: createComposerStore({ api, navigation, rememberedPost: createRememberedPost(() => win.localStorage) }),
    calendar: createCalendarStore(api),
    publishing: createPublishingStore(api),
    insights: createInsightsStore(api),
    toasts,
    showNotice: createNoticeToaster(toasts),
  };
}

/**
 * Loads what the app needs and starts listening to main; returns a function that stops listening.
 * Safe to run twice (React's StrictMode does): loads repeat harmlessly and notices show once.
 */
export function startAppServices(services: AppServices): () => void {
  const { api, settings, appInfo, navigation, accounts, composer, calendar, publishing, showNotice } = services;
  // Reported as notices with fixed ids, so a second start (StrictMode) does not show them twice.
  const reportLoadFailure = (what: string, error: ErrorResult) =>
    showNotice({ id: `load-failed:${what}`, level: 'error', title: `Couldn't load ${what}`, body: describeError(error) });

  const stops = [
    settings.getState().connect(),
    navigation.getState().connect(),
    accounts.getState().connectEvents(),
    api.on('notice', showNotice),
    registerComposer(composer),
    calendar.getState().connectEvents(),
    publishing.getState().connect(),
    api.on('app.open', (target) => openTarget(target, { navigation, calendar })),
  ];

  void settings
    .getState()
    .load()
    .then((result) => {
      if (!result.ok) reportLoadFailure('your settings', result);
    });
  void appInfo
    .getState()
    .load()
    .then((result) => {
      if (result.ok) result.value.startupNotices.forEach(showNotice);
      else reportLoadFailure('app details', result);
    });
  void accounts
    .getState()
    .load()
    .then((result) => {
      if (!result.ok) reportLoadFailure('your accounts', result);
    });
  // The sidebar's counts; schedule.changed keeps them current from here on.
  void publishing.getState().load();

  return () => stops.forEach((stop) => stop());
}
