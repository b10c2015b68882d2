import type { SeededRandom } from '../core/seededRandom';
import type { HostKey } from '../core/sandboxHttp';
import type { MediaProductType } from '../insights/metricCatalog';

/**
 * The fault knobs (issue 3, "State and faults"). Two families:
 *  - request faults, decided before a request is handled: latency, a 5xx, a throttling answer,
 *    a connection dropped mid-upload, a response lost after the work was done, a one-off
 *    expired-token answer;
 *  - media faults, consumed by the publishing handlers: the next media is rejected, the next
 *    containers stay IN_PROGRESS.
 * A failure rate mixes request faults at random, deterministically for the seed: the same seed
 * and the same sequence of requests give the same faults.
 */
export type RequestFaultKind = 'latency' | 'serverError' | 'throttle' | 'dropConnection' | 'dropResponse' | 'tokenExpired';

export const requestFaultKinds: readonly RequestFaultKind[] = ['latency', 'serverError', 'throttle', 'dropConnection', 'dropResponse', 'tokenExpired'];

/** The hosts a failure rate applies to unless told otherwise: the APIs, not pages or the CDN. */
export const apiHosts: readonly HostKey[] = ['metaGraph', 'metaUpload', 'instagramGraph', 'instagramApi', 'tiktokApi', 'tiktokUpload'];

export interface FaultMatch {
  /** Default: the API hosts (apiHosts). Name metaDialog, tiktokAuth or cdn to fault those. */
  hosts?: HostKey[];
  method?: string;
  /** A substring of the path after the host prefix, e.g. '/media_publish'. */
  pathIncludes?: string;
}

export interface RequestFaultSpec {
  kind: RequestFaultKind;
  match?: FaultMatch;
  /** How many matching requests it hits; omitted = 1, null = every one until cleared. */
  times?: number | null;
  /** latency: real milliseconds to wait before answering. */
  latencyMs?: number;
  /** serverError: 500, 502 or 503. */
  status?: number;
  /** throttle on Graph hosts: 4, 17, 32, 613 or 80000-80014 (reference 5.1). */
  code?: number;
  /** dropConnection: bytes of the body read before the socket is destroyed (default: half). */
  afterBytes?: number;
}

export interface RequestFault extends Required<Pick<RequestFaultSpec, 'kind'>> {
  id: string;
  match: FaultMatch;
  remaining: number | null;
  latencyMs?: number;
  status?: number;
  code?: number;
  afterBytes?: number;
}

export interface FailureRateSpec {
  /** 0..1, e.g. 0.2 for 20%. */
  rate: number;
  kinds?: RequestFaultKind[];
  match?: FaultMatch;
}

/** What the server applies to one request. */
export interface ChosenFault {
  kind: RequestFaultKind;
  latencyMs: number;
  status: number;
  code: number | null;
  afterBytes: number | null;
  /** 'injected' or 'rate', for the control API's log. */
  origin: 'injected' | 'rate';
}

export type MediaPlatform = 'instagram' | 'facebook' | 'tiktok';

export interface MediaRejectionSpec {
  platform: MediaPlatform;
  times?: number | null;
  /**
   * Instagram: an error subcode such as 2207026 (reference 5.2); Facebook: a Page photo error
   * subcode such as 1366046 (the next photo upload is refused with it); TikTok: a fail_reason.
   */
  reason?: string | number;
}

export interface MediaRejection {
  platform: MediaPlatform;
  remaining: number | null;
  reason: string | number | null;
}

/**
 * Instagram stops serving a media metric (insights/instagramMediaInsights.ts): for one product
 * type, or every one, refused as unsupported for the product type or, with `deprecated`, as a
 * deprecated name. Stays until cleared, as a platform change would.
 */
export interface MetricWithdrawal {
  metric: string;
  productType?: MediaProductType;
  deprecated?: boolean;
}

export interface FaultLogEntry {
  at: number;
  host: HostKey;
  method: string;
  path: string;
  kind: RequestFaultKind;
  origin: 'injected' | 'rate';
}

const THROTTLE_CODES = [4, 17, 32, 613, 80001, 80002] as const;

const DEFAULT_RATE_KINDS: RequestFaultKind[] = ['serverError', 'throttle', 'dropConnection', 'latency'];

function matches(match: FaultMatch, host: HostKey, method: string, path: string, defaultHosts: readonly HostKey[]): boolean {
  const hosts = match.hosts ?? defaultHosts;
  if (!hosts.includes(host)) return false;
  if (match.method && match.method.toUpperCase() !== method.toUpperCase()) return false;
  if (match.pathIncludes && !path.includes(match.pathIncludes)) return false;
  return true;
}

function consume<T extends { remaining: number | null }>(item: T): void {
  if (item.remaining !== null) item.remaining -= 1;
}

export class FaultPlan {
  private requestFaults: RequestFault[] = [];
  private failureRate: (Required<Pick<FailureRateSpec, 'rate'>> & { kinds: RequestFaultKind[]; match: FaultMatch }) | null = null;
  private mediaRejections: MediaRejection[] = [];
  private stuckContainers: { remaining: number | null } | null = null;
  private metricWithdrawals: MetricWithdrawal[] = [];
  private nextId = 1;
  readonly log: FaultLogEntry[] = [];

  constructor(private readonly random: SeededRandom) {}

  inject(spec: RequestFaultSpec): RequestFault {
    const fault: RequestFault = {
      id: `fault-${this.nextId++}`,
      kind: spec.kind,
      match: spec.match ?? {},
      remaining: spec.times === undefined ? 1 : spec.times,
      latencyMs: spec.latencyMs,
      status: spec.status,
      code: spec.code,
      afterBytes: spec.afterBytes,
    };
    this.requestFaults.push(fault);
    return fault;
  }

  setFailureRate(spec: FailureRateSpec | null): void {
    if (spec === null || spec.rate <= 0) {
      this.failureRate = null;
      return;
    }
    if (spec.rate > 1) throw new RangeError('A failure rate is between 0 and 1.');
    this.failureRate = { rate: spec.rate, kinds: spec.kinds ?? DEFAULT_RATE_KINDS, match: spec.match ?? {} };
  }

  rejectMedia(spec: MediaRejectionSpec): void {
    this.mediaRejections.push({ platform: spec.platform, remaining: spec.times === undefined ? 1 : spec.times, reason: spec.reason ?? null });
  }

  stickContainers(times: number | null = 1): void {
    this.stuckContainers = { remaining: times };
  }

  withdrawMetric(spec: MetricWithdrawal): void {
    this.metricWithdrawals.push({ ...spec });
  }

  /** The withdrawal that applies to this metric on media of this product type, if any. */
  metricWithdrawal(metric: string, productType: MediaProductType): MetricWithdrawal | null {
    return this.metricWithdrawals.find((item) => item.metric === metric && (item.productType === undefined || item.productType === productType)) ?? null;
  }

  clear(): void {
    this.requestFaults = [];
    this.failureRate = null;
    this.mediaRejections = [];
    this.stuckContainers = null;
    this.metricWithdrawals = [];
  }

  describe(): {
    requestFaults: RequestFault[];
    failureRate: FailureRateSpec | null;
    mediaRejections: MediaRejection[];
    stuckContainers: { remaining: number | null } | null;
    metricWithdrawals: MetricWithdrawal[];
  } {
    return {
      requestFaults: this.requestFaults.map((fault) => ({ ...fault })),
      failureRate: this.failureRate ? { ...this.failureRate } : null,
      mediaRejections: this.mediaRejections.map((item) => ({ ...item })),
      stuckContainers: this.stuckContainers ? { ...this.stuckContainers } : null,
      metricWithdrawals: this.metricWithdrawals.map((item) => ({ ...item })),
    };
  }

  /** Picks the fault for one request: an injected one first, else a draw against the failure rate. */
  decide(host: HostKey, method: string, path: string, at: number): ChosenFault | null {
    if (host === 'control') return null;
    const injected = this.requestFaults.find(
      (fault) => fault.remaining !== 0 && matches(fault.match, host, method, path, apiHosts),
    );
    let chosen: ChosenFault | null = null;
    if (injected) {
      consume(injected);
      this.requestFaults = this.requestFaults.filter((fault) => fault.remaining !== 0);
      chosen = this.materialise(injected, 'injected');
    } else if (this.failureRate && matches(this.failureRate.match, host, method, path, apiHosts)) {
      // One draw per eligible request, so the sequence of faults depends only on the seed and
      // the sequence of requests.
      const draw = this.random.next();
      const kind = this.random.pick(this.failureRate.kinds);
      if (draw < this.failureRate.rate) chosen = this.materialise({ kind }, 'rate');
    }
    if (chosen) this.log.push({ at, host, method, path, kind: chosen.kind, origin: chosen.origin });
    return chosen;
  }

  takeMediaRejection(platform: MediaPlatform): MediaRejection | null {
    const rejection = this.mediaRejections.find((item) => item.platform === platform && item.remaining !== 0);
    if (!rejection) return null;
    consume(rejection);
    this.mediaRejections = this.mediaRejections.filter((item) => item.remaining !== 0);
    return { ...rejection };
  }

  takeStuckContainer(): boolean {
    if (!this.stuckContainers || this.stuckContainers.remaining === 0) return false;
    consume(this.stuckContainers);
    if (this.stuckContainers.remaining === 0) this.stuckContainers = null;
    return true;
  }

  private materialise(fault: Pick<RequestFault, 'kind'> & Partial<RequestFault>, origin: 'injected' | 'rate'): ChosenFault {
    return {
      kind: fault.kind,
      latencyMs: fault.latencyMs ?? this.random.int(50, 250),
      status: fault.status ?? this.random.pick([500, 503]),
      // Throttling picks one of Graph's codes (reference 5.1); TikTok hosts ignore it.
      code: fault.code ?? (fault.kind === 'throttle' ? this.random.pick(THROTTLE_CODES) : null),
      afterBytes: fault.afterBytes ?? null,
      origin,
    };
  }
}
