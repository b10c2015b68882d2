/**
 * Browser mode's file import: each picked or dropped file is POSTed as the raw request body to
 * the server's upload path, one file at a time. The browser streams a File body from disk, so a
 * large video never sits in the page's memory; the server imports it and answers with the
 * contract's result for that file.
 */
import type { ImportableFile } from '../../../preload/api';
import {
  BROWSER_BRIDGE_TOKEN_PARAMETER,
  BROWSER_MEDIA_UPLOAD_NAME_PARAMETER,
  BROWSER_MEDIA_UPLOAD_PATH,
  type MediaImportResult,
  type Result,
} from '../../../preload/contract';

export async function uploadFiles(token: string, files: readonly ImportableFile[]): Promise<Result<MediaImportResult[]>> {
  const results: MediaImportResult[] = [];
  for (const file of files) results.push(await uploadFile(token, file as File));
  return { ok: true, value: results };
}

async function uploadFile(token: string, file: File): Promise<MediaImportResult> {
  const address = new URL(BROWSER_MEDIA_UPLOAD_PATH, window.location.href);
  address.search = new URLSearchParams({ [BROWSER_BRIDGE_TOKEN_PARAMETER]: token, [BROWSER_MEDIA_UPLOAD_NAME_PARAMETER]: file.name }).toString();
  let response: Response;
  try {
    response = await fetch(address, { method: 'POST', body: file, headers: { 'Content-Type': 'application/octet-stream' } });
  } catch {
    return {
      outcome: 'failed',
      fileName: file.name,
      message: `"${file.name}" could not be sent to the Outpost browser-mode server.`,
      action: 'Check that `npm run dev:browser` is still running, then import it again.',
    };
  }
  // The server answers every refusal in the contract's JSON; anything else is a failure on its side.
  if (!response.headers.get('Content-Type')?.includes('application/json')) {
    return {
      outcome: 'failed',
      fileName: file.name,
      message: `The Outpost browser-mode server could not take "${file.name}" (it answered ${response.status}).`,
      action: 'Look at its log, then import the file again.',
    };
  }
  const answer = (await response.json()) as Result<MediaImportResult>;
  if (answer.ok) return answer.value;
  // Refused as a whole (disk full, too large): that file's result, and the others carry on.
  return { outcome: 'failed', fileName: file.name, message: answer.message, ...(answer.action !== undefined && { action: answer.action }) };
}
