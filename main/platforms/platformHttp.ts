import axios, { isAxiosError, type AxiosInstance, type AxiosRequestConfig, type AxiosResponse } from 'axios';
import type { z } from 'zod';
import {
  PLATFORM_OF,
  failureFromErrorResponse,
  failureInTikTokSuccess,
  transportFailure,
  type NetworkName,
} from './platformFailure';
import { PlatformError } from './platformErrors';
import { toPlatformError } from './toPlatformError';
import { readUsageHeaders } from './usageHeaders';
import type { UsageApp, UsageLedger } from './usageLedger';

/** One network's axios instance, and the one way the clients call it. */
export interface PlatformHttp {
  readonly network: NetworkName;
  readonly axios: AxiosInstance;
  /**
   * Sends the request and returns the body parsed with `schema`. Every failure, including a body
   * that does not parse, is a PlatformError; an axios error never escapes.
   */
  request<S extends z.ZodType>(config: AxiosRequestConfig, schema: S): Promise<z.output<S>>;
}

export interface PlatformHttpOptions {
  network: NetworkName;
  /** Absent for hosts whose URLs the platform hands out (TikTok's `upload_url`). */
  baseURL?: string;
  timeoutMs: number;
  now: () => Date;
  /** Meta's usage headers go to this ledger under this app. */
  usage?: { ledger: UsageLedger; app: UsageApp };
}

export function createPlatformHttp({ network, baseURL, timeoutMs, now, usage }: PlatformHttpOptions): PlatformHttp {
  const instance = axios.create({
    ...(baseURL !== undefined && { baseURL }),
    timeout: timeoutMs,
    // A timeout then reads ETIMEDOUT, which the error table knows, instead of ECONNABORTED.
    transitional: { clarifyTimeoutError: true },
  });

  const recordUsage = (response: AxiosResponse) => {
    usage?.ledger.record({ app: usage.app, observedAt: now(), headers: readUsageHeaders(headersOf(response)) });
  };

  const asPlatformError = (error: unknown): PlatformError => {
    if (error instanceof PlatformError) return error;
    if (isAxiosError(error) && error.response) {
      const { status, data } = error.response;
      return toPlatformError(failureFromErrorResponse(network, status, headersOf(error.response), data), now());
    }
    // Built from the error code alone: the axios error's message and config stay behind.
    const code = isAxiosError(error) ? error.code : undefined;
    return toPlatformError(transportFailure(network, code ?? 'ERR_UNKNOWN'), now());
  };

  instance.interceptors.response.use(
    (response) => {
      recordUsage(response);
      if (PLATFORM_OF[network] === 'tiktok') {
        const failure = failureInTikTokSuccess(network, response.status, headersOf(response), response.data);
        if (failure) throw toPlatformError(failure, now());
      }
      return response;
    },
    (error: unknown) => {
      if (isAxiosError(error) && error.response) recordUsage(error.response);
      throw asPlatformError(error);
    },
  );

  return {
    network,
    axios: instance,
    async request(config, schema) {
      let response: AxiosResponse;
      try {
        response = await instance.request(config);
      } catch (error) {
        // The interceptor already converted it; this catches anything thrown around it.
        throw asPlatformError(error);
      }
      const parsed = schema.safeParse(response.data);
      if (!parsed.success) {
        const answered = { status: response.status, headers: headersOf(response) };
        throw toPlatformError(transportFailure(network, 'unreadable_response', answered), now());
      }
      return parsed.data;
    },
  };
}

function headersOf(response: AxiosResponse): Readonly<Record<string, unknown>> {
  return { ...response.headers };
}
