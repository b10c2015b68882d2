import type { SandboxWorld } from '../world/sandboxWorld';

/**
 * Container lifecycle on the sandbox clock (reference 2.1): IN_PROGRESS until its processing time
 * has passed (never, when stuck or still waiting for bytes), then FINISHED or ERROR; anything not
 * published within 24 h of creation is EXPIRED.
 */
export function settleContainers(world: SandboxWorld): void {
  const now = world.clock.now();
  const lifetime = world.settings.timing.containerLifetimeMs;
  for (const container of Object.values(world.state.instagram.containers)) {
    if (container.status === 'IN_PROGRESS' && !container.stuck && container.readyAt !== null && container.readyAt <= now) {
      container.status = container.failure ? 'ERROR' : 'FINISHED';
    }
    if ((container.status === 'IN_PROGRESS' || container.status === 'FINISHED') && container.createdAt + lifetime <= now) {
      container.status = 'EXPIRED';
    }
  }
}
