import { afterEach, describe, expect, it } from 'vitest';
import { commandKey } from '../../../renderer/src/lib/commandKey';

const press = (init: KeyboardEventInit) => new KeyboardEvent('keydown', init);

describe('app shortcuts', () => {
  afterEach(() => document.body.replaceChildren());

  it('reads Ctrl or ⌘ with a key, and nothing else', () => {
    expect(commandKey(press({ key: 'N', ctrlKey: true }))).toBe('n');
    expect(commandKey(press({ key: 's', metaKey: true }))).toBe('s');
    expect(commandKey(press({ key: 'Enter', ctrlKey: true }))).toBe('Enter');
    expect(commandKey(press({ key: 'n' }))).toBeNull();
    expect(commandKey(press({ key: 'n', ctrlKey: true, shiftKey: true }))).toBeNull();
    expect(commandKey(press({ key: 'n', ctrlKey: true, altKey: true }))).toBeNull();
    expect(commandKey(press({ key: 'n', ctrlKey: true, isComposing: true }))).toBeNull();
  });

  it('stands aside while a dialog is open, so nothing changes behind it', () => {
    const dialog = document.createElement('div');
    dialog.setAttribute('aria-modal', 'true');
    document.body.append(dialog);
    expect(commandKey(press({ key: 'n', ctrlKey: true }))).toBeNull();
  });
});
