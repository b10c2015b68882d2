import { describe, expect, it } from 'vitest';
import { findTextEntities } from '../../../../../main/posts/validation/textEntities';

const instagram = { mentionsAllowDots: true };
const facebook = { mentionsAllowDots: false };
const texts = (caption: string, options = instagram) => findTextEntities(caption, options).map((entity) => entity.text);

describe('hashtags and mentions', () => {
  it('finds them with their offsets', () => {
    expect(findTextEntities('Hi #bread @corner.bakery', instagram)).toEqual([
      { kind: 'hashtag', text: '#bread', start: 3, end: 9 },
      { kind: 'mention', text: '@corner.bakery', start: 10, end: 24 },
    ]);
  });

  it('runs over Unicode letters, digits and underscores', () => {
    expect(texts('#café #pão_de_queijo #パン #2024sale @josé_42')).toEqual(['#café', '#pão_de_queijo', '#パン', '#2024sale', '@josé_42']);
  });

  it('starts after spaces and punctuation, never inside a word', () => {
    expect(texts('(#bread), "#rolls" ,@shop')).toEqual(['#bread', '#rolls', '@shop']);
    expect(texts('bread#rolls shop@corner')).toEqual([]);
  });

  it('skips hashtags of digits only, HTML entities and doubled signs', () => {
    expect(texts('#1 #2024 &#39; ##bread @@shop')).toEqual([]);
  });

  it('ends a hashtag at a dot and a mention at a full stop, keeping dots inside Instagram usernames', () => {
    expect(texts('Try #bread. Thanks @corner.bakery.')).toEqual(['#bread', '@corner.bakery']);
    expect(texts('Thanks @corner.bakery.', facebook)).toEqual(['@corner']);
  });

  it('ignores them inside web addresses and e-mail addresses', () => {
    expect(texts('See https://bakery.example/menu#bread or www.bakery.example/@shop, write to hello@bakery.example or a.b+c@x.io')).toEqual([]);
    expect(texts('Menu: https://bakery.example #bread')).toEqual(['#bread']);
  });

  it('stays fast on long runs (it runs on every keystroke)', () => {
    const started = performance.now();
    findTextEntities(`@a${'.'.repeat(50_000)}b ${'a'.repeat(50_000)}@`, instagram);
    expect(performance.now() - started).toBeLessThan(500);
  });
});
