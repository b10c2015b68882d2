import axios, { isAxiosError, type AxiosResponse } from 'axios';
import type { PlatformHttp } from '../../../../main/platforms/platformHttp';

/**
 * Records the raw answers a client network received, below the client's own interceptors, so a
 * test can compare what the client made of them (usage ledger, retryAfter) with what the sandbox
 * actually sent. It wraps the axios adapter: error statuses are seen too, before the client turns
 * them into typed errors.
 */
export interface TappedResponse {
  status: number;
  /** Header names in lower case. */
  headers: Record<string, string>;
}

export interface ResponseTap {
  readonly responses: readonly TappedResponse[];
  last(): TappedResponse;
  /** A JSON header of the last answer, parsed. */
  lastJsonHeader<T>(name: string): T;
}

export function tapResponses(http: PlatformHttp): ResponseTap {
  const responses: TappedResponse[] = [];
  const send = axios.getAdapter(http.axios.defaults.adapter);
  const record = (response: AxiosResponse) => {
    const headers: Record<string, string> = {};
    for (const [name, value] of Object.entries(response.headers)) {
      if (typeof value === 'string') headers[name.toLowerCase()] = value;
    }
    responses.push({ status: response.status, headers });
  };
  http.axios.defaults.adapter = async (config) => {
    try {
      const response = await send(config);
      record(response);
      return response;
    } catch (error) {
      if (isAxiosError(error) && error.response) record(error.response);
      throw error;
    }
  };
  const last = () => {
    const response = responses.at(-1);
    if (!response) throw new Error(`No answer was recorded on ${http.network}.`);
    return response;
  };
  return {
    responses,
    last,
    lastJsonHeader<T>(name: string): T {
      const value = last().headers[name.toLowerCase()];
      if (value === undefined) throw new Error(`The last answer on ${http.network} had no ${name} header.`);
      return JSON.parse(value) as T;
    },
  };
}
