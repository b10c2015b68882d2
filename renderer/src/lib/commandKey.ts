/**
 * The key of an app shortcut (Ctrl on Windows and Linux, ⌘ on a Mac, no Alt or Shift), or null
 * when the event is not one: also while an IME composes, and while a dialog is open, so that a
 * shortcut never acts on the screen behind the dialog the owner is working in.
 */
export function commandKey(event: KeyboardEvent): string | null {
  if (!(event.ctrlKey || event.metaKey) || event.altKey || event.shiftKey || event.isComposing) return null;
  if (document.querySelector('[aria-modal="true"]')) return null;
  return event.key === 'Enter' ? 'Enter' : event.key.toLowerCase();
}
