import type { z } from 'zod';
import {
  channels,
  channelNames,
  type Channel,
  type ErrorResult,
  type ParsedRequestOf,
  type ResponseOf,
  type Result,
} from '../../preload/contract';
import { DomainError } from '../errors/domainError';
import type { Logger } from '../diagnostics/logger';
import { isTrustedSender, type SenderInfo } from './senderGuard';

/** One service function per channel, typed from the contract. */
export type ChannelHandlers = {
  [C in Channel]: (request: ParsedRequestOf<C>) => Promise<ResponseOf<C>> | ResponseOf<C>;
};

/** `ipcMain.handle` in the app; the browser-mode socket router and tests pass their own. */
export type RegisterHandler = (
  channel: Channel,
  listener: (sender: SenderInfo, payload: unknown) => Promise<Result<unknown>>,
) => void;

export interface RegisterChannelsOptions {
  register: RegisterHandler;
  handlers: ChannelHandlers;
  trustedOrigins: ReadonlySet<string>;
  logger: Logger;
}

/**
 * Registers every channel of the contract through one guard: (1) the sender must be a trusted
 * top-level frame, (2) the payload must parse with the channel's schema, (3) the service runs,
 * (4) domain errors become typed results. The guard never throws, so a bad message can never
 * crash main or leak a stack trace to the renderer.
 */
export function registerChannels({ register, handlers, trustedOrigins, logger }: RegisterChannelsOptions): void {
  for (const channel of channelNames) {
    register(channel, (sender, payload) =>
      handleMessage(channel, sender, payload, handlers, trustedOrigins, logger),
    );
  }
}

async function handleMessage<C extends Channel>(
  channel: C,
  sender: SenderInfo,
  payload: unknown,
  handlers: ChannelHandlers,
  trustedOrigins: ReadonlySet<string>,
  logger: Logger,
): Promise<Result<ResponseOf<C>>> {
  if (!isTrustedSender(sender, trustedOrigins)) {
    logger.warn({ channel, url: sender.senderFrame?.url ?? null }, 'ipc: refused message from untrusted sender');
    return failure('FORBIDDEN_SENDER', 'This window is not allowed to talk to Outpost.');
  }
  const parsed = channels[channel].request.safeParse(payload);
  if (!parsed.success) {
    logger.warn({ channel, issues: summarizeIssues(parsed.error) }, 'ipc: invalid payload');
    return failure('VALIDATION_FAILED', summarizeIssues(parsed.error));
  }
  try {
    const handler = handlers[channel] as (request: unknown) => Promise<ResponseOf<C>> | ResponseOf<C>;
    const value = await handler(parsed.data);
    // The response is checked too, so a service that drifts from the contract fails loudly here
    // instead of confusing the renderer.
    return { ok: true, value: channels[channel].response.parse(value) as ResponseOf<C> };
  } catch (error) {
    if (error instanceof DomainError) {
      return failure(error.code, error.message, error.action);
    }
    logger.error({ channel, err: error }, 'ipc: handler failed');
    return failure('INTERNAL', 'Something went wrong inside Outpost. The details are in the log.');
  }
}

function failure(code: ErrorResult['code'], message: string, action?: string): ErrorResult {
  return action === undefined ? { ok: false, code, message } : { ok: false, code, message, action };
}

function summarizeIssues(error: z.ZodError): string {
  return error.issues
    .slice(0, 5)
    .map((issue) => (issue.path.length ? `${issue.path.join('.')}: ${issue.message}` : issue.message))
    .join('; ');
}
