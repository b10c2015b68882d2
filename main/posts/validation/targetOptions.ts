import type { Platform, PostTarget, TargetOptions } from '../../../preload/contract';

/**
 * The target's options as its platform's kind. PostTarget pairs them by construction, so a
 * mismatch is a programming error.
 */
export function optionsOf<P extends Platform>(target: PostTarget, platform: P): Extract<TargetOptions, { platform: P }> {
  const { options } = target;
  if (options.platform !== platform) throw new Error(`Target ${target.id} carries ${options.platform} options, not ${platform}.`);
  return options as Extract<TargetOptions, { platform: P }>;
}
