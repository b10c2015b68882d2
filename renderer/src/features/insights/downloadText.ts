/**
 * Saves text as a file through the page's own download: a Blob behind an <a download> that is
 * clicked. The desktop app then shows its save dialog; a browser saves it as it saves downloads.
 */
export function downloadText(document: Document, fileName: string, text: string, type = 'text/csv;charset=utf-8'): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // The click has handed the file over; the address is not needed after this turn.
  setTimeout(() => URL.revokeObjectURL(url), 0);
}
