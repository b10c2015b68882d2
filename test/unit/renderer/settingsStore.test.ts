import { describe, expect, it } from 'vitest';
import { createSettingsStore } from '../../../renderer/src/features/settings/settingsStore';
import { createThemeController } from '../../../renderer/src/features/settings/themeController';
import { installColorScheme, switchColorScheme } from './colorScheme';
import { createFakeApi } from './fakeApi';

function storeOver(fake = createFakeApi()) {
  const theme = createThemeController(document.documentElement, (query) => window.matchMedia(query));
  return { store: createSettingsStore(fake.api, theme), fake };
}

describe('settings store', () => {
  it('loads the preferences from main and applies their theme to the page', async () => {
    const { store, fake } = storeOver(createFakeApi({ preferences: { theme: 'dark', timezone: 'Asia/Tokyo' } }));

    await store.getState().load();

    expect(fake.calls.map((call) => call.channel)).toEqual(['settings.get']);
    expect(store.getState().preferences).toMatchObject({ theme: 'dark', timezone: 'Asia/Tokyo' });
    expect(document.documentElement.dataset.theme).toBe('dark');
  });

  it('resolves "system" to the OS scheme and follows the OS while it is chosen', async () => {
    installColorScheme('dark');
    const { store } = storeOver();
    const stop = store.getState().connect();
    await store.getState().load();
    expect(document.documentElement.dataset.theme).toBe('dark');

    switchColorScheme('light');
    expect(document.documentElement.dataset.theme).toBe('light');

    await store.getState().update({ theme: 'dark' });
    switchColorScheme('light');
    expect(document.documentElement.dataset.theme).toBe('dark');
    stop();
  });

  it('saves a change through settings.set and keeps what main answered', async () => {
    const { store, fake } = storeOver();
    await store.getState().load();

    const result = await store.getState().update({ launchAtLogin: true });

    expect(result.ok).toBe(true);
    expect(fake.calls.at(-1)).toEqual({ channel: 'settings.set', payload: { launchAtLogin: true } });
    expect(store.getState().preferences?.launchAtLogin).toBe(true);
  });

  it('puts a refused change back and returns the error', async () => {
    const { store, fake } = storeOver(createFakeApi({ preferences: { theme: 'light' } }));
    await store.getState().load();
    fake.handle('settings.set', () => ({ ok: false, code: 'INTERNAL', message: 'The settings file is read-only.' }));

    const result = await store.getState().update({ theme: 'dark' });

    expect(result).toMatchObject({ ok: false, message: 'The settings file is read-only.' });
    expect(store.getState().preferences?.theme).toBe('light');
    expect(document.documentElement.dataset.theme).toBe('light');
  });

  it('turns a transport failure into an error result instead of a rejection', async () => {
    const { store, fake } = storeOver();
    fake.handle('settings.get', () => Promise.reject(new Error('socket closed')));

    const result = await store.getState().load();

    expect(result.ok).toBe(false);
    expect(store.getState().loadError?.code).toBe('INTERNAL');
  });

  it('takes changes announced by main (tray, another window)', async () => {
    const { store, fake } = storeOver();
    const stop = store.getState().connect();
    await store.getState().load();

    fake.emit('settings.changed', { ...fake.preferences, theme: 'dark', timezone: 'America/New_York' });

    expect(store.getState().preferences).toMatchObject({ theme: 'dark', timezone: 'America/New_York' });
    expect(document.documentElement.dataset.theme).toBe('dark');
    stop();
  });
});
