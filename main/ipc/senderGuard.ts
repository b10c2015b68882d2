/**
 * Decides whether a message may reach a handler: it must come from a top-level frame whose origin
 * is one of ours. Modelled on VS Code's `validatedIpcMain`, but stricter: a frame without a URL
 * (destroyed or mid-navigation) is refused rather than tolerated.
 */

/** The parts of Electron's IpcMainInvokeEvent the guard reads; browser mode builds the same shape. */
export interface SenderInfo {
  senderFrame: { url: string; parent: unknown } | null;
}

export function isTrustedSender(sender: SenderInfo, trustedOrigins: ReadonlySet<string>): boolean {
  // Read once: Electron documents that senderFrame can become null when the frame goes away.
  const frame = sender.senderFrame;
  if (!frame || frame.parent !== null) return false;
  let origin: string;
  try {
    origin = originOf(new URL(frame.url));
  } catch {
    return false;
  }
  return trustedOrigins.has(origin);
}

/**
 * `URL.origin` is the string "null" for non-special schemes such as app://, so build the origin
 * from protocol and host, which is what a custom standard scheme is compared by.
 */
export function originOf(url: URL): string {
  return `${url.protocol}//${url.host}`;
}
