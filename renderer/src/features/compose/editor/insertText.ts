/** The text with `insert` in place of the selection, and where the caret goes after it. */
export function insertText(text: string, selectionStart: number, selectionEnd: number, insert: string): { text: string; caret: number } {
  const start = Math.min(selectionStart, selectionEnd, text.length);
  const end = Math.min(Math.max(selectionStart, selectionEnd), text.length);
  return { text: text.slice(0, start) + insert + text.slice(end), caret: start + insert.length };
}
