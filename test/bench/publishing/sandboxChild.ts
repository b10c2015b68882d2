/**
 * The sandbox for the publish-overhead bench, in a process of its own so that its CPU time (it
 * parses uploads, fetches staged photos, settles its world before every request) is never counted
 * as Outpost's. Started by sandboxProcess.ts; it answers at once: no processing delays, no faults,
 * limits out of reach. It hands the parent what signing in would leave (tokens, creator settings)
 * and runs until the parent goes away.
 */
import { startSandbox } from '../../../main/sandbox';
import { demoShopTokens, type ShopTokens } from '../../support/schedulingWorld';

/** What the child sends once it is listening. */
export interface SandboxReady {
  type: 'ready';
  env: Record<string, string>;
  controlUrl: string;
  shop: ShopTokens;
  apps: { meta: { appId: string; appSecret: string }; tiktok: { appId: string; appSecret: string } };
}

const sandbox = await startSandbox({
  seed: 'bench-publish-overhead',
  settings: {
    timing: { imageProcessingMs: 0, videoProcessingMs: 0, facebookVideoProcessingMs: 0, tiktokProcessingMs: 0, tiktokModerationMs: 0 },
    // Hundreds of posts go to one account within a minute here; the limits are tested elsewhere.
    limits: { instagramPublishesPerDay: 1_000_000, instagramContainersPerDay: 1_000_000, businessCallsPerDay: 1_000_000_000, appCallsPerHour: 1_000_000_000 },
  },
});
const demo = sandbox.control.demo();
const ready: SandboxReady = {
  type: 'ready',
  env: sandbox.env,
  controlUrl: sandbox.urls.control,
  shop: await demoShopTokens(sandbox),
  apps: {
    meta: { appId: demo.meta.appId, appSecret: demo.meta.appSecret },
    tiktok: { appId: demo.tiktok.clientKey, appSecret: demo.tiktok.clientSecret },
  },
};
process.send?.(ready);
// The parent closing the channel (done, or gone) ends the sandbox.
process.once('disconnect', () => void sandbox.close().then(() => process.exit(0)));
