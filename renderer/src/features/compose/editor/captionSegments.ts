/**
 * Splits a caption into plain text, hashtags and mentions, for the editor's highlighting and the
 * previews. The rules follow the platforms (and main's counting): `#` then Unicode letters, digits
 * or underscores; `@` then letters, digits, underscores or dots (a username never ends in a dot).
 * A `#` or `@` glued to a word is not a tag, so e-mail addresses stay text, and nothing inside a
 * web address counts ("example.com/#menu").
 */
export type CaptionSegmentKind = 'text' | 'hashtag' | 'mention';

export interface CaptionSegment {
  kind: CaptionSegmentKind;
  text: string;
}

const WEB_ADDRESS = /\b(?:https?:\/\/|www\.)\S+/giu;

const WORD = String.raw`\p{L}\p{M}\p{N}_`;
const TAG = new RegExp(
  String.raw`(?<![${WORD}])#[${WORD}]+` + '|' + String.raw`(?<![${WORD}.])@[${WORD}](?:[${WORD}.]*[${WORD}])?`,
  'gu',
);

export function segmentCaption(text: string): CaptionSegment[] {
  const segments: CaptionSegment[] = [];
  const pushText = (part: string) => {
    if (!part) return;
    const last = segments.at(-1);
    if (last?.kind === 'text') last.text += part;
    else segments.push({ kind: 'text', text: part });
  };

  let cursor = 0;
  for (const address of text.matchAll(WEB_ADDRESS)) {
    segmentTags(text.slice(cursor, address.index), segments, pushText);
    pushText(address[0]);
    cursor = address.index + address[0].length;
  }
  segmentTags(text.slice(cursor), segments, pushText);
  return segments;
}

function segmentTags(part: string, segments: CaptionSegment[], pushText: (text: string) => void): void {
  let cursor = 0;
  for (const tag of part.matchAll(TAG)) {
    pushText(part.slice(cursor, tag.index));
    segments.push({ kind: tag[0].startsWith('#') ? 'hashtag' : 'mention', text: tag[0] });
    cursor = tag.index + tag[0].length;
  }
  pushText(part.slice(cursor));
}
