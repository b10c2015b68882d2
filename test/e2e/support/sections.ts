import type { Page } from '@playwright/test';

/** The app's sections, in sidebar order, as the owner sees them. */
export const SECTIONS = ['Calendar', 'Compose', 'Drafts', 'Library', 'Insights', 'Accounts', 'Settings'] as const;

export const sectionLink = (page: Page, name: string) =>
  page.getByRole('navigation', { name: 'Sections' }).getByRole('link', { name, exact: true });
