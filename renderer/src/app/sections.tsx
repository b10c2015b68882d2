import type { ComponentType } from 'react';
import { AccountsScreen } from '../features/accounts/AccountsScreen';
import { CalendarScreen } from '../features/calendar/CalendarScreen';
import { ComposeScreen } from '../features/compose/ComposeScreen';
import { DraftsScreen } from '../features/drafts/DraftsScreen';
import { InsightsScreen } from '../features/insights/InsightsScreen';
import { LibraryScreen } from '../features/library/LibraryScreen';
import { SettingsScreen } from '../features/settings/SettingsScreen';
import { AccountsIcon, CalendarIcon, ComposeIcon, DraftsIcon, InsightsIcon, LibraryIcon, SettingsIcon } from '../ui/icons';
import type { SectionId } from './sectionIds';

export interface Section {
  /** The sidebar label and the screen's h1. */
  label: string;
  icon: ComponentType<{ size?: number }>;
  Screen: ComponentType;
}

/** What each section is called, looks like in the sidebar, and shows. */
export const SECTIONS: Record<SectionId, Section> = {
  calendar: { label: 'Calendar', icon: CalendarIcon, Screen: CalendarScreen },
  compose: { label: 'Compose', icon: ComposeIcon, Screen: ComposeScreen },
  drafts: { label: 'Drafts', icon: DraftsIcon, Screen: DraftsScreen },
  library: { label: 'Library', icon: LibraryIcon, Screen: LibraryScreen },
  insights: { label: 'Insights', icon: InsightsIcon, Screen: InsightsScreen },
  accounts: { label: 'Accounts', icon: AccountsIcon, Screen: AccountsScreen },
  settings: { label: 'Settings', icon: SettingsIcon, Screen: SettingsScreen },
};
