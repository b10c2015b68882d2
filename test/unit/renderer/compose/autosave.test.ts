import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { ErrorResult } from '../../../../preload/contract';
import { createAutosaver, type SaveStatus } from '../../../../renderer/src/features/compose/autosave';

const DISK_FULL: ErrorResult = { ok: false, code: 'DISK_FULL', message: 'The disk is full.', action: 'Free some space.' };

/**
 * An autosaver over a fake "disk": `text` is what the editor holds, `saved` what reached the disk
 * (with the time it got there). Each save takes `latencyMs`, or waits for `release()` when held.
 */
function harness({ latencyMs = 5, fail = (): ErrorResult | null => null } = {}) {
  let text = '';
  const saved: { text: string; at: number }[] = [];
  /** What each save sent, in the order they started. */
  const sent: string[] = [];
  const statuses: SaveStatus['state'][] = [];
  let inFlight = 0;
  let maxInFlight = 0;
  let held: (() => void) | null = null;
  let holding = false;

  const autosaver = createAutosaver({
    async save() {
      const sending = text;
      sent.push(sending);
      inFlight++;
      maxInFlight = Math.max(maxInFlight, inFlight);
      if (holding) await new Promise<void>((resolve) => (held = resolve));
      else await new Promise((resolve) => setTimeout(resolve, latencyMs));
      inFlight--;
      const error = fail();
      if (!error) saved.push({ text: sending, at: Date.now() });
      return error;
    },
    onStatus: (status) => statuses.push(status.state),
  });

  return {
    autosaver,
    saved,
    sent,
    statuses,
    get maxInFlight() {
      return maxInFlight;
    },
    type(next: string) {
      text = next;
      autosaver.changed();
    },
    hold() {
      holding = true;
    },
    release() {
      holding = false;
      held?.();
      held = null;
    },
  };
}

beforeEach(() => {
  vi.useFakeTimers({ now: 0 });
});

afterEach(() => {
  vi.useRealTimers();
});

describe('autosave', () => {
  it('saves after a short pause in typing, not on every key', async () => {
    const { type, saved } = harness();

    type('H');
    type('He');
    await vi.advanceTimersByTimeAsync(399);
    expect(saved).toEqual([]);

    await vi.advanceTimersByTimeAsync(10);
    expect(saved.map((entry) => entry.text)).toEqual(['He']);
  });

  it('persists every change within one second while the owner types without a pause', async () => {
    const { type, saved } = harness();
    const typedAt: { text: string; at: number }[] = [];

    let text = '';
    for (let key = 0; key < 30; key++) {
      text += 'a';
      typedAt.push({ text, at: Date.now() });
      type(text);
      await vi.advanceTimersByTimeAsync(100);
    }
    await vi.advanceTimersByTimeAsync(1000);

    for (const typed of typedAt) {
      const persisted = saved.find((entry) => entry.text.length >= typed.text.length);
      expect(persisted, `"${typed.text.length} characters" was saved`).toBeDefined();
      expect(persisted!.at - typed.at).toBeLessThan(1000);
    }
    expect(saved.length).toBeLessThan(typedAt.length / 2);
  });

  it('never has two saves in flight, and the last save carries the latest text', async () => {
    const run = harness();
    run.hold();
    run.type('first');
    await vi.advanceTimersByTimeAsync(400);

    run.type('first and more');
    run.type('first and more, and the latest');
    await vi.advanceTimersByTimeAsync(2000);
    expect(run.maxInFlight).toBe(1);
    expect(run.saved).toEqual([]);

    run.release();
    await vi.advanceTimersByTimeAsync(1000);

    expect(run.maxInFlight).toBe(1);
    expect(run.saved.map((entry) => entry.text)).toEqual(['first', 'first and more, and the latest']);
    expect(run.statuses.at(-1)).toBe('saved');
  });

  it('keeps retrying a failed save with growing waits, and says so until it works', async () => {
    let failing = true;
    const attempts: number[] = [];
    const run = harness({
      fail: () => {
        attempts.push(Date.now());
        return failing ? DISK_FULL : null;
      },
    });

    run.type('Fresh sourdough at 8');
    await vi.advanceTimersByTimeAsync(3500);
    expect(run.statuses.at(-1)).toBe('failed');
    expect(attempts.length).toBe(3);
    expect(attempts[1]! - attempts[0]!).toBeGreaterThanOrEqual(1000);
    expect(attempts[2]! - attempts[1]!).toBeGreaterThanOrEqual(2000);

    // Typing while it fails does not hide the failure, and the next attempt carries the new text.
    run.type('Fresh sourdough at 8, and croissants');
    expect(run.statuses.at(-1)).toBe('failed');
    failing = false;
    await vi.advanceTimersByTimeAsync(5000);

    expect(run.saved.map((entry) => entry.text)).toEqual(['Fresh sourdough at 8, and croissants']);
    expect(run.statuses.at(-1)).toBe('saved');
  });

  it('saves at once when flushed, after the save in flight', async () => {
    const run = harness();
    run.type('Open on Sunday');
    const flushed = run.autosaver.flush();
    expect(run.statuses.at(-1)).toBe('saving');

    await vi.advanceTimersByTimeAsync(5);
    expect(await flushed).toBe(true);
    expect(run.saved.map((entry) => entry.text)).toEqual(['Open on Sunday']);

    run.hold();
    run.type('Open on Sunday!');
    await vi.advanceTimersByTimeAsync(400);
    run.type('Open on Sunday from 9!');
    const second = run.autosaver.flush();
    run.release();
    await vi.advanceTimersByTimeAsync(10);

    expect(await second).toBe(true);
    expect(run.saved.map((entry) => entry.text)).toEqual(['Open on Sunday', 'Open on Sunday!', 'Open on Sunday from 9!']);
  });

  it('sends the latest text at once when the page goes away, even beside a save still in flight', () => {
    const run = harness();
    run.hold();
    run.type('Open on Sunday');
    void run.autosaver.flush();
    run.type('Open on Sunday from 9!');

    run.autosaver.sendNow();

    // No timer ran: both are on their way before the page closes.
    expect(run.sent).toEqual(['Open on Sunday', 'Open on Sunday from 9!']);
  });

  it('answers false from a flush that could not save', async () => {
    const run = harness({ fail: () => DISK_FULL });
    run.type('Closed for the holidays');

    const flushed = run.autosaver.flush();
    await vi.advanceTimersByTimeAsync(5);

    expect(await flushed).toBe(false);
  });
});
