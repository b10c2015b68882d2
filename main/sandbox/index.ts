/** The sandbox's public surface: start it, steer it, and make test media. */
export { startSandbox, type Sandbox, type SandboxOptions } from './startSandbox';
export { createManualClock, createSystemClock, type SandboxClock } from './core/clock';
export type { SandboxControl, DemoAccounts } from './control/sandboxControl';
export type { SandboxUrls } from './urlLayout';
export { hostPrefixes, clientEnvironment } from './urlLayout';
export { makeJpeg, makePng, makeMp4 } from './media/syntheticMedia';
export { demoIds } from './world/demoWorld';
export { hexChallenge, base64UrlChallenge } from './meta/pkce';
