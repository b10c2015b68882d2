import { appendFileSync } from 'node:fs';

/**
 * Test hook: when `OUTPOST_SANDBOX_SECRET_LEDGER` names a file, every token, code and app secret
 * the sandbox hands out is appended to it, one per line, so the test run can prove afterwards
 * that none of them reached a log file or an error message (test/scan/). Off otherwise.
 */
export function recordIssuedSecret(value: string): void {
  const ledger = process.env.OUTPOST_SANDBOX_SECRET_LEDGER;
  if (ledger) appendFileSync(ledger, `${value}\n`);
}
