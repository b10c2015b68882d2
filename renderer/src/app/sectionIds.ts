/** The app's sections, in sidebar order. Each id is also its URL hash (#/calendar). */
export const SECTION_IDS = ['calendar', 'compose', 'drafts', 'library', 'insights', 'accounts', 'settings'] as const;
export type SectionId = (typeof SECTION_IDS)[number];

export const DEFAULT_SECTION: SectionId = 'calendar';

export function isSectionId(value: string): value is SectionId {
  return (SECTION_IDS as readonly string[]).includes(value);
}
