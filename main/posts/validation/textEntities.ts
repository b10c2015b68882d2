/**
 * Hashtags and @mentions in a caption, found the way the platforms link them: a tag starts after
 * a space, punctuation or the start of the text (not inside a word, a web address or an e-mail
 * address) and runs over Unicode letters, digits and underscores, and dots in usernames. The
 * composer highlights with its own copy of these rules; the counts it shows come from here.
 */

export interface TextEntity {
  kind: 'hashtag' | 'mention';
  /** With its # or @. */
  text: string;
  /** UTF-16 offsets into the caption, end exclusive (what String.slice takes). */
  start: number;
  end: number;
}

export interface EntityOptions {
  /** Usernames may contain dots (Instagram, TikTok): "@shop.name" is one mention. */
  mentionsAllowDots: boolean;
}

// A hashtag runs over letters, marks, digits and underscores. Before `#`: a word character puts
// it inside a word, `&` makes it an HTML entity (&#39;), another `#` doubles it.
const HASHTAG = /(?<![\p{L}\p{M}\p{N}_&#])#([\p{L}\p{M}\p{N}_]+)/gu;
// A mention may run over dots too. Before `@`: a word character or `.%+-` puts it inside an
// e-mail address (hello@bakery.example), another `@` doubles it.
const MENTION = /(?<![\p{L}\p{M}\p{N}_@.%+-])@([\p{L}\p{M}\p{N}_.]+)/gu;
// Literal starts keep the search linear: it runs on every keystroke over up to 100,000 characters.
const WEB_ADDRESS = /(?:https?:\/\/|www\.)\S+/giu;
const DIGITS_ONLY = /^\p{N}+$/u;

/** The body without the dots that end it (a loop, where /\.+$/ would backtrack on long runs). */
function withoutTrailingDots(body: string): string {
  let end = body.length;
  while (end > 0 && body[end - 1] === '.') end -= 1;
  return body.slice(0, end);
}

/** The mention's username, or null when there is none. */
function mentionName(body: string, options: EntityOptions): string | null {
  // A dot that ends a mention is the sentence's full stop ("thanks @shop.").
  const name = options.mentionsAllowDots ? withoutTrailingDots(body) : (body.split('.')[0] ?? '');
  return name === '' ? null : name;
}

export function findTextEntities(text: string, options: EntityOptions): TextEntity[] {
  const addresses = [...text.matchAll(WEB_ADDRESS)].map((m) => ({ start: m.index, end: m.index + m[0].length }));
  const inAddress = (at: number) => addresses.some((span) => at >= span.start && at < span.end);
  const entity = (kind: TextEntity['kind'], start: number, text: string): TextEntity => ({ kind, text, start, end: start + text.length });
  // Instagram and TikTok do not link a hashtag of digits only (#1).
  const hashtags = [...text.matchAll(HASHTAG)]
    .filter((m) => !DIGITS_ONLY.test(m[1] ?? '') && !inAddress(m.index))
    .map((m) => entity('hashtag', m.index, m[0]));
  const mentions = [...text.matchAll(MENTION)].flatMap((m) => {
    const name = mentionName(m[1] ?? '', options);
    return name === null || inAddress(m.index) ? [] : [entity('mention', m.index, `@${name}`)];
  });
  return [...hashtags, ...mentions].sort((a, b) => a.start - b.start);
}
