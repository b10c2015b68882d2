import { shell } from 'electron';

/**
 * Opens a sign-in page that main built itself in the system browser (RFC 8252: never an embedded
 * window). Only https pages, or the demo sandbox on 127.0.0.1, are ever opened.
 */
export async function openAuthorizationPage(url: string): Promise<boolean> {
  const parsed = new URL(url);
  const isLoopbackSandbox = parsed.protocol === 'http:' && parsed.hostname === '127.0.0.1';
  if (parsed.protocol !== 'https:' && !isLoopbackSandbox) {
    throw new Error(`Refusing to open a sign-in page at ${parsed.origin}`);
  }
  await shell.openExternal(parsed.toString());
  return true;
}
