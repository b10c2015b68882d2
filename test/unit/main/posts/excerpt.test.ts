import { describe, expect, it } from 'vitest';
import { excerptOf } from '../../../../main/posts/excerpt';

describe('the excerpt of a post', () => {
  it('collapses line breaks and runs of spaces', () => {
    expect(excerptOf('  Fresh bread\n\nevery   Saturday  ')).toBe('Fresh bread every Saturday');
  });

  it('cuts a long text at a word, with an ellipsis', () => {
    const excerpt = excerptOf(`${'sourdough '.repeat(20)}end`);
    expect(excerpt).toMatch(/^(sourdough ){11}sourdough…$/);
  });

  it('never splits an emoji, even when the cut falls inside one', () => {
    const excerpt = excerptOf('🍞'.repeat(200));
    expect(excerpt).toBe(`${'🍞'.repeat(120)}…`);
    expect(excerpt.isWellFormed()).toBe(true);
  });
});
