import { z } from 'zod';

/**
 * Instagram and TikTok hand out some ids as JSON numbers with 17 to 19 digits, past 2^53, where
 * JSON.parse silently changes the last digits. A schema built here reads the body as text (the
 * call asks axios for `responseType: 'text'`) and quotes the named fields' integers first, so
 * the ids stay exact strings.
 */
export function jsonKeepingIntegersExact(fields: readonly string[]) {
  return z.string().transform((text, context) => {
    try {
      return JSON.parse(fields.reduce(quoteIntegers, text)) as unknown;
    } catch {
      context.addIssue({ code: 'custom', message: 'The answer is not JSON.' });
      return z.NEVER;
    }
  });
}

function quoteIntegers(text: string, field: string): string {
  const scalar = new RegExp(`("${field}"\\s*:\\s*)(-?\\d+)(?=\\s*[,}\\]])`, 'g');
  const list = new RegExp(`("${field}"\\s*:\\s*\\[)([^\\]]*)(\\])`, 'g');
  return text
    .replace(scalar, '$1"$2"')
    .replace(list, (_match, open: string, items: string, close: string) => {
      const quoted = items
        .split(',')
        .map((item) => (/^\s*-?\d+\s*$/.test(item) ? `"${item.trim()}"` : item))
        .join(',');
      return `${open}${quoted}${close}`;
    });
}
