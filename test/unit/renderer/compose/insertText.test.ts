import { describe, expect, it } from 'vitest';
import { insertText } from '../../../../renderer/src/features/compose/editor/insertText';

describe('inserting an emoji', () => {
  it('goes where the caret is, and the caret follows it', () => {
    expect(insertText('Fresh bread', 5, 5, ' 🥐')).toEqual({ text: 'Fresh 🥐 bread', caret: 8 });
  });

  it('replaces a selection, in whichever direction it was made', () => {
    expect(insertText('Fresh bread', 11, 6, '🍞')).toEqual({ text: 'Fresh 🍞', caret: 8 });
  });

  it('goes at the end when the caret is past it', () => {
    expect(insertText('Hi', 40, 40, '👋')).toEqual({ text: 'Hi👋', caret: 4 });
  });
});
