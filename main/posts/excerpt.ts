/** How much of a post's text the lists show, in characters (code points, so no emoji is split). */
const EXCERPT_LENGTH = 120;

/**
 * The start of a post's text for a list line: whitespace (line breaks included) collapsed, cut at
 * a word boundary where there is one near the end, with an ellipsis when something was cut.
 */
export function excerptOf(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  const characters = Array.from(flat);
  if (characters.length <= EXCERPT_LENGTH) return flat;
  const cut = characters.slice(0, EXCERPT_LENGTH).join('');
  const lastSpace = cut.lastIndexOf(' ');
  return `${(lastSpace > cut.length * 0.6 ? cut.slice(0, lastSpace) : cut).trimEnd()}…`;
}
