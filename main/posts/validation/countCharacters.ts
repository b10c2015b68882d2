import type { CharacterCounting } from './ruleTypes';

/**
 * A caption's length as the platform counts it: UTF-16 units for TikTok (6.2: an emoji is 2),
 * Unicode code points elsewhere (an emoji is 1; a flag or a family emoji is several).
 */
export function countCharacters(text: string, counting: CharacterCounting): number {
  if (counting === 'utf16_units') return text.length;
  let codePoints = 0;
  for (const _ of text) codePoints += 1;
  return codePoints;
}
