import { describe, expect, it } from 'vitest';
import { findChromium } from '../../../e2e/support/findChromium';

describe('findChromium', () => {
  it('takes the first candidate that exists', () => {
    expect(findChromium([undefined, '/nonexistent/chromium', process.execPath])).toBe(process.execPath);
  });

  it('fails with install instructions when there is no browser, instead of skipping', () => {
    expect(() => findChromium([undefined, '/nonexistent/chromium'])).toThrow(/apt-get install -y chromium[\s\S]*CHROMIUM_PATH/);
  });
});
