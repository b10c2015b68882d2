import type { SandboxWorld } from './sandboxWorld';

/**
 * Brings time-driven state up to the sandbox clock: containers finish or expire, scheduled Page
 * posts go live, videos finish processing, TikTok publishes complete. Run before every request
 * and after every clock move, so "when the clock passes the time" is exact and needs no timers.
 */
export type Settler = (world: SandboxWorld) => void;

export function createSettler(settlers: Settler[]): Settler {
  return (world) => {
    for (const settle of settlers) settle(world);
  };
}
