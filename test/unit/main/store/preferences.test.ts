import { describe, expect, it, vi } from 'vitest';
import { createPreferencesService, type PreferencesBackend } from '../../../../main/store/preferences';

const memoryBackend = (initial: Record<string, unknown> = {}): PreferencesBackend => ({ store: { ...initial } });

describe('preferences', () => {
  it('starts from defaults, with the system time zone', () => {
    const preferences = createPreferencesService(memoryBackend(), 'Europe/Lisbon');
    expect(preferences.get()).toEqual({
      theme: 'system',
      timezone: 'Europe/Lisbon',
      launchAtLogin: false,
      catchUpGraceMinutes: 120,
      allowWeakKeyring: false,
    });
  });

  it('saves a valid patch, keeps other keys and tells listeners', () => {
    const backend = memoryBackend({ windowBounds: { x: 1, y: 2, width: 900, height: 700, maximized: false } });
    const preferences = createPreferencesService(backend, 'UTC');
    const listener = vi.fn();
    preferences.onChange(listener);
    const next = preferences.update({ theme: 'dark', timezone: 'Asia/Tokyo' });
    expect(next).toMatchObject({ theme: 'dark', timezone: 'Asia/Tokyo' });
    expect(backend.store).toMatchObject({ theme: 'dark', timezone: 'Asia/Tokyo', windowBounds: { width: 900 } });
    expect(listener).toHaveBeenCalledWith(next);
    expect(createPreferencesService(backend, 'UTC').get().theme).toBe('dark');
  });

  it.each([
    [{ theme: 'neon' }],
    [{ timezone: 'Mars/Olympus_Mons' }],
    [{ catchUpGraceMinutes: -5 }],
    [{ catchUpGraceMinutes: 1.5 }],
    [{ unknownKey: true }],
  ])('refuses %j and leaves the stored document untouched', (patch) => {
    const backend = memoryBackend({ theme: 'light' });
    const preferences = createPreferencesService(backend, 'UTC');
    expect(() => preferences.update(patch as never)).toThrow();
    expect(backend.store).toEqual({ theme: 'light' });
  });

  it('falls back key by key when a stored value is invalid', () => {
    const preferences = createPreferencesService(
      memoryBackend({ theme: 'dark', timezone: 'Nowhere/Gone', catchUpGraceMinutes: 'lots' }),
      'America/Chicago',
    );
    expect(preferences.get()).toEqual({
      theme: 'dark',
      timezone: 'America/Chicago',
      launchAtLogin: false,
      catchUpGraceMinutes: 120,
      allowWeakKeyring: false,
    });
  });

  it('remembers window bounds and ignores implausible ones', () => {
    const backend = memoryBackend({ windowBounds: { x: 0, y: 0, width: 10, height: 10, maximized: false } });
    const preferences = createPreferencesService(backend, 'UTC');
    expect(preferences.getWindowBounds()).toBeUndefined();
    preferences.setWindowBounds({ x: 10, y: 20, width: 1200, height: 800, maximized: true });
    expect(preferences.getWindowBounds()).toEqual({ x: 10, y: 20, width: 1200, height: 800, maximized: true });
  });
});
