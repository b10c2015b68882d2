import { describe, expect, it, vi } from 'vitest';
import { cipherForPreference } from '../../../../main/accounts/cipherForPreference';
import type { SecretCipher } from '../../../../main/accounts/secretCipher';

const cipher = (backend: string): SecretCipher => ({
  backend,
  encrypt: async () => new Uint8Array(),
  decrypt: async () => ({ plain: '', shouldReEncrypt: false }),
});

describe('cipher following the weak-keyring preference', () => {
  it('creates the cipher once, and again when the owner changes their answer', async () => {
    let allow = false;
    const create = vi.fn(async ({ allowWeakKeyring }: { allowWeakKeyring: boolean }) => cipher(allowWeakKeyring ? 'basic_text' : 'kwallet'));
    const get = cipherForPreference(create, () => allow);
    expect((await get()).backend).toBe('kwallet');
    expect((await get()).backend).toBe('kwallet');
    allow = true;
    expect((await get()).backend).toBe('basic_text');
    expect(create.mock.calls.map(([options]) => options)).toEqual([{ allowWeakKeyring: false }, { allowWeakKeyring: true }]);
  });

  it('does not remember a failure: the keyring may be unlocked by the next try', async () => {
    const create = vi.fn().mockRejectedValueOnce(new Error('locked')).mockResolvedValueOnce(cipher('gnome_libsecret'));
    const get = cipherForPreference(create, () => false);
    await expect(get()).rejects.toThrow('locked');
    expect((await get()).backend).toBe('gnome_libsecret');
    expect(create).toHaveBeenCalledTimes(2);
  });
});
