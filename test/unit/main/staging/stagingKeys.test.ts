import { describe, expect, it } from 'vitest';
import { safeFileName, STAGING_KEY_PREFIX, stagingKeyFor } from '../../../../main/staging/stagingKeys';

describe('staging object keys', () => {
  it('puts every object under outpost-staging/<random>/<name>', () => {
    expect(stagingKeyFor('croissants.jpg', () => 'ab12')).toBe('outpost-staging/ab12/croissants.jpg');
    expect(STAGING_KEY_PREFIX).toBe('outpost-staging/');
  });

  it('makes the random part 128 bits of hex, different every time', () => {
    const keys = new Set(Array.from({ length: 50 }, () => stagingKeyFor('a.jpg')));
    expect(keys.size).toBe(50);
    for (const key of keys) expect(key).toMatch(/^outpost-staging\/[0-9a-f]{32}\/a\.jpg$/);
  });

  it.each([
    ['Crème brûlée (1).JPG', 'Creme-brulee-1.JPG'],
    ['summer menu final v2.mp4', 'summer-menu-final-v2.mp4'],
    ['C:\\Users\\rosie\\Pictures\\buns.heic', 'buns.heic'],
    ['/home/rosie/pics/../buns.jpg', 'buns.jpg'],
    ['🍰.jpg', 'file.jpg'],
    ['..', 'file..'],
    ['.hidden', 'file.hidden'],
    ['', 'file'],
    ['🍰🍰', 'file'],
    ['a?b#c%d&e=f+g.png', 'a-b-c-d-e-f-g.png'],
  ])('names %j safely as %j', (given, safe) => {
    expect(safeFileName(given)).toBe(safe);
  });

  it('keeps the end of a long name, where the extension is', () => {
    const name = safeFileName(`${'very-long-name-'.repeat(10)}.mov`);
    expect(name.length).toBeLessThanOrEqual(80);
    expect(name.endsWith('.mov')).toBe(true);
    expect(name.startsWith('-')).toBe(false);
  });

  it('never leaves a character that would need escaping in an address', () => {
    for (const given of ['a b', 'ä/ö', 'x\u0000y', 'tab\there', 'quote"s', "it's", '日本語の写真.jpg']) {
      expect(safeFileName(given)).toMatch(/^[A-Za-z0-9._-]+$/);
    }
  });
});
