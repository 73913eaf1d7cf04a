/** How long the file's blob: URL lives: long enough for the browser to start the download. */
const KEEP_URL_MS = 60_000;

/**
 * Saves `text` as a JSON file through an <a download> over a Blob: no `downloads` permission,
 * and nothing leaves the machine.
 */
export function downloadText(doc: Document, filename: string, text: string): void {
  const win = doc.defaultView;
  if (win === null) return;
  const url = win.URL.createObjectURL(new win.Blob([text], { type: 'application/json' }));
  const link = doc.createElement('a');
  link.href = url;
  link.download = filename;
  link.hidden = true;
  doc.body.append(link);
  link.click();
  link.remove();
  // Revoked later, not at once: Firefox reads the URL after click() returns.
  win.setTimeout(() => win.URL.revokeObjectURL(url), KEEP_URL_MS);
}
