import { invalidParameter } from './graphError';
import type { CommentRecord } from '../world/sandboxState';
import { newId, type SandboxWorld } from '../world/sandboxWorld';

/**
 * The comments both Meta platforms keep under a post (reference 3 "Comments"; Instagram's edge
 * on IG Media takes `message` the same way): one store for the Instagram and Facebook handlers,
 * created on first use so state files written before comments were served still load.
 */
export function commentsOf(world: SandboxWorld): Record<string, CommentRecord> {
  world.state.comments ??= {};
  return world.state.comments;
}

/** A post's comments, oldest first. */
export function commentsUnder(world: SandboxWorld, platform: CommentRecord['platform'], parentId: string): CommentRecord[] {
  return Object.values(commentsOf(world))
    .filter((comment) => comment.platform === platform && comment.parentId === parentId)
    .sort((a, b) => a.createdAt - b.createdAt || a.id.localeCompare(b.id));
}

/** Graph refuses a comment with nothing in it: "(#100) Missing message or attachment". */
export function addComment(world: SandboxWorld, comment: Omit<CommentRecord, 'id' | 'createdAt'>): CommentRecord {
  if (comment.message.trim() === '') throw invalidParameter('(#100) Missing message or attachment');
  const record: CommentRecord = {
    ...comment,
    id: newId(world, comment.platform === 'instagram' ? 'igComment' : 'fbComment'),
    createdAt: world.clock.now(),
  };
  commentsOf(world)[record.id] = record;
  return record;
}

/** Finds a comment of one platform by id (for the comment node types). */
export function findComment(world: SandboxWorld, platform: CommentRecord['platform'], id: string): CommentRecord | undefined {
  const comment = world.state.comments?.[id];
  return comment?.platform === platform ? comment : undefined;
}
