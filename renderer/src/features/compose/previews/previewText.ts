/** Text helpers for the previews: where each platform cuts a long caption, and avatar initials. */

export interface Truncated {
  shown: string;
  /** The platform would hide the rest behind "more" / "See more". */
  isTruncated: boolean;
}

/**
 * The start of a caption as a feed shows it before "more": at most `maxLines` lines and about
 * `maxChars` characters, cut at a word where one is near. Counts whole characters, so an emoji
 * is never cut in half.
 */
export function truncateCaption(text: string, { maxChars, maxLines }: { maxChars: number; maxLines: number }): Truncated {
  const lines = text.trimEnd().split('\n');
  let shown = lines.slice(0, maxLines).join('\n');
  let isTruncated = lines.length > maxLines;
  const characters = Array.from(shown);
  if (characters.length > maxChars) {
    const cut = characters.slice(0, maxChars).join('');
    const wordEnd = cut.search(/\s\S*$/);
    shown = wordEnd > maxChars * 0.6 ? cut.slice(0, wordEnd) : cut;
    isTruncated = true;
  }
  return { shown: shown.trimEnd(), isTruncated };
}

/** "Rosie's Bakery" → "RB", "Crumb & Co" → "CC", "crumb.and.co" → "CA": the avatar the previews draw. */
export function initials(name: string): string {
  const words = name.split(/[\s._-]+/).filter((word) => /^[\p{L}\p{N}]/u.test(word));
  const letters = words.slice(0, 2).map((word) => Array.from(word)[0]?.toLocaleUpperCase() ?? '');
  return letters.join('') || '?';
}

/** The width / height a feed shows a picture at: its own, brought inside the platform's range. */
export function shownAspect(width: number, height: number, min: number, max: number): number {
  return Math.min(max, Math.max(min, width / height));
}
