import { DEVELOPER_APP_FORMATS, type DeveloperAppKind } from '../../../preload/contract';
import type { DeveloperAppSecrets } from '../platformAccess';
import { DeveloperAppEnvironmentError } from './developerAppErrors';

export type Environment = Readonly<Record<string, string | undefined>>;

/**
 * Development apps from environment variables, so a developer can run live sign-ins without
 * typing the pair into every fresh data directory. TikTok calls its id and secret "client key"
 * and "client secret", and the variables use its words.
 */
export const ENVIRONMENT_VARIABLES: Readonly<Record<DeveloperAppKind, { appId: string; appSecret: string }>> = {
  meta: { appId: 'OUTPOST_META_APP_ID', appSecret: 'OUTPOST_META_APP_SECRET' },
  instagram: { appId: 'OUTPOST_INSTAGRAM_APP_ID', appSecret: 'OUTPOST_INSTAGRAM_APP_SECRET' },
  tiktok: { appId: 'OUTPOST_TIKTOK_CLIENT_KEY', appSecret: 'OUTPOST_TIKTOK_CLIENT_SECRET' },
};

/**
 * The environment's app for `kind`, or undefined when neither of its variables is set (an empty
 * value counts as unset, as for the endpoint overrides). A half-set pair or a value of the wrong
 * shape throws DeveloperAppEnvironmentError: ignoring it would quietly use the saved app instead
 * of the one the developer set, and a typo would only surface as a platform refusal later.
 */
export function environmentApp(env: Environment, kind: DeveloperAppKind): DeveloperAppSecrets | undefined {
  const names = ENVIRONMENT_VARIABLES[kind];
  const appId = env[names.appId]?.trim() || undefined;
  const appSecret = env[names.appSecret]?.trim() || undefined;
  if (appId === undefined && appSecret === undefined) return undefined;

  const both = `Set both ${names.appId} and ${names.appSecret}, or neither.`;
  if (appId === undefined) throw new DeveloperAppEnvironmentError(kind, names.appId, `is not set, but ${names.appSecret} is.`, both);
  if (appSecret === undefined) throw new DeveloperAppEnvironmentError(kind, names.appSecret, `is not set, but ${names.appId} is.`, both);

  const format = DEVELOPER_APP_FORMATS[kind];
  if (!format.appId.test(appId)) {
    throw new DeveloperAppEnvironmentError(kind, names.appId, `does not have the right shape. ${format.appIdHint}`, `Correct ${names.appId}.`);
  }
  if (!format.appSecret.test(appSecret)) {
    throw new DeveloperAppEnvironmentError(kind, names.appSecret, `does not have the right shape. ${format.appSecretHint}`, `Correct ${names.appSecret}.`);
  }
  return { appId, appSecret };
}
