import { expect } from 'vitest';
import { TransientError } from '../../../../main/platforms/platformErrors';
import type { RequestFaultSpec } from '../../../../main/sandbox/faults/faultPlan';
import type { PlatformSandbox } from './platformSandbox';

/**
 * The faults every call can meet on the way, whatever it does: the server failing (500 and 503
 * answer differently on Graph: code 1 vs code 2), the connection dropping before the answer, and
 * the answer lost after the work was done. Each must reach the caller as a TransientError.
 */
export const transientFaults: readonly { name: string; fault: RequestFaultSpec }[] = [
  { name: 'HTTP 500', fault: { kind: 'serverError', status: 500 } },
  { name: 'HTTP 503', fault: { kind: 'serverError', status: 503 } },
  { name: 'a dropped connection', fault: { kind: 'dropConnection' } },
  { name: 'an answer lost after the work was done', fault: { kind: 'dropResponse' } },
];

/** Injects the fault for the next request and expects the call to fail with a TransientError. */
export async function expectTransient(context: PlatformSandbox, fault: RequestFaultSpec, call: () => Promise<unknown>): Promise<TransientError> {
  context.control.faults.inject(fault);
  const error = await context.failure(call(), TransientError);
  expect(error.needsNewContainer).toBe(false);
  if (fault.kind === 'serverError') expect(error.details.httpStatus).toBe(fault.status);
  else expect(error.details.transport).toMatch(/^(ECONNRESET|EPIPE|ERR_NETWORK)$/);
  // The fault was the sandbox's doing, and only one: the log says so.
  expect(context.control.faults.log().at(-1)?.kind).toBe(fault.kind);
  return error;
}
