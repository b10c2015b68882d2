import { invalidParameter } from './graphError';

/**
 * The `fields` parameter: `id,name,instagram_business_account{id,username},reactions.summary(total_count).limit(0)`.
 * Parsed into a tree; each field may carry modifiers (`.summary(true)`, `.limit(5)`) and nested
 * fields in braces.
 */
export interface FieldRequest {
  name: string;
  modifiers: Record<string, string>;
  children: FieldRequest[] | null;
}

export function parseFields(text: string): FieldRequest[] {
  let position = 0;

  const fail = (): never => {
    throw invalidParameter(`Syntax error "Expected end of string instead of "${text.slice(position, position + 1)}"." at character ${position}: ${text}`);
  };

  const readName = (): string => {
    const match = /^[A-Za-z0-9_]+/.exec(text.slice(position));
    if (!match) return fail();
    position += match[0].length;
    return match[0];
  };

  const readList = (closing: string | null): FieldRequest[] => {
    const fields: FieldRequest[] = [];
    for (;;) {
      while (text[position] === ' ') position++;
      const name = readName();
      const modifiers: Record<string, string> = {};
      let children: FieldRequest[] | null = null;
      for (;;) {
        if (text[position] === '.') {
          position++;
          const modifier = readName();
          if (text[position] !== '(') return fail();
          const end = text.indexOf(')', position);
          if (end < 0) return fail();
          modifiers[modifier] = text.slice(position + 1, end);
          position = end + 1;
        } else if (text[position] === '{') {
          position++;
          children = readList('}');
        } else {
          break;
        }
      }
      fields.push({ name, modifiers, children });
      while (text[position] === ' ') position++;
      if (text[position] === ',') {
        position++;
        continue;
      }
      if (closing !== null) {
        if (text[position] !== closing) return fail();
        position++;
      } else if (position !== text.length) {
        return fail();
      }
      return fields;
    }
  };

  if (text.trim() === '') return [];
  return readList(null);
}
