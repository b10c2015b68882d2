import { deepStrictEqual, ok } from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { PublishOutcome } from '../../integration/publishing/runSteps';
import { BENCH_POST_TYPES, type BenchPostType } from '../publishing/benchPostTypes';
import { compareCpu } from '../publishing/compareCpu';
import { countRequests, recordRequests, replayRequests, type RecordedRequest, type ReplayedAnswer } from '../publishing/httpRecording';
import { openPublishBench, type PublishBench } from '../publishing/publishBench';
import { startSandboxProcess } from '../publishing/sandboxProcess';
import type { AsyncTrial, BenchScenario, Figure } from '../scenario';

const ITERATIONS = 20;
const WARMUP = 2;

interface OursState {
  publish: () => Promise<PublishOutcome>;
  requests: { stop(): number };
  outcome?: PublishOutcome;
}

/**
 * Ours: one publish of the post type through the real publisher (check, steps, clean-up, as the
 * engine runs them; runSteps.ts stands in for the engine's persistence). Afterwards it must have
 * published at first try, with a permalink, in as many requests as the baseline replays.
 */
function publishing(bench: PublishBench, postType: BenchPostType, expectedRequests: number): AsyncTrial<OursState> {
  return {
    async setup() {
      const { publish } = await bench.prepare(postType);
      return { publish, requests: countRequests() };
    },
    async run(state) {
      state.outcome = await state.publish();
    },
    teardown({ outcome, requests }) {
      const sent = requests.stop();
      ok(outcome, `${postType.label}: the publish did not finish.`);
      deepStrictEqual({ errors: outcome.errors, sent }, { errors: [], sent: expectedRequests });
      ok(outcome.post.platformPostId && outcome.post.permalink, `${postType.label}: published without a post id or a permalink.`);
    },
  };
}

/** The baseline: the recorded requests of one such publish sent again with bare node:http; every one answered. */
function replaying(requests: readonly RecordedRequest[], port: number): AsyncTrial<{ answers?: ReplayedAnswer[] }> {
  return {
    setup: () => ({}),
    async run(state) {
      state.answers = await replayRequests(requests, port);
    },
    teardown({ answers }) {
      deepStrictEqual(answers?.filter((answer) => answer.status > 0).length, requests.length);
    },
  };
}

/** Per post type: one publish recorded (it also warms the type up), then ours and its replay in alternating rounds. */
async function measureEveryPostType(bench: PublishBench, port: number): Promise<Figure[]> {
  const figures: Figure[] = [];
  for (const postType of BENCH_POST_TYPES) {
    const prepared = await bench.prepare(postType);
    const { result, requests } = await recordRequests(() => prepared.publish());
    deepStrictEqual(result.errors, [], `${postType.label}: the recorded publish needed a second try.`);
    figures.push(
      await compareCpu({
        label: `CPU per publish: ${postType.label} (${requests.length} requests)`,
        iterations: ITERATIONS,
        warmup: WARMUP,
        ours: publishing(bench, postType, requests.length),
        baseline: replaying(requests, port),
      }),
    );
  }
  return figures;
}

export const publishOverheadScenario: BenchScenario = {
  name: 'publish overhead',
  baseline:
    'CPU time (user + system) of this process, not wall time. The same HTTP requests as one publish of that type, with the same ' +
    'bodies in the same order, sent with bare node:http to the same sandbox and each answer read whole (not parsed): the cost ' +
    'of talking HTTP (calls that work only once, such as a publish, a removal or a day-old TikTok token, are answered with the ' +
    'sandbox\'s short refusals). The sandbox runs in its own process (its CPU is not counted) and answers at once (no processing ' +
    'time, no faults)',
  async run(): Promise<Figure[]> {
    const root = mkdtempSync(join(tmpdir(), 'outpost-bench-publish-'));
    const sandbox = await startSandboxProcess();
    try {
      const bench = await openPublishBench(root, sandbox);
      try {
        return await measureEveryPostType(bench, Number(new URL(sandbox.controlUrl).port));
      } finally {
        await bench.close();
      }
    } finally {
      await sandbox.close();
      rmSync(root, { recursive: true, force: true });
    }
  },
};
