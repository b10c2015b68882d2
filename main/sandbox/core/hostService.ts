import type { ChosenFault } from '../faults/faultPlan';
import type { SandboxRequest, SandboxResponse } from './sandboxHttp';

/**
 * One real host (graph.facebook.com, open.tiktokapis.com, ...) as the sandbox serves it. Each
 * host answers errors and injected faults in its own platform's shape.
 */
export interface HostService {
  handle(request: SandboxRequest): Promise<SandboxResponse>;
  /** The answer to an injected 5xx, throttle or expired-token fault, in this host's error shape. */
  faultResponse(fault: ChosenFault, request: SandboxRequest): SandboxResponse;
  /** Upload hosts keep the bytes that arrived before a dropped connection, as real ones do. */
  receivePartial?(request: SandboxRequest): Promise<void>;
}
