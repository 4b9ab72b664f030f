// Runs the slowest test files first, so that two workers end together instead of one
// waiting for a long file that started last. Jest orders by the durations of the last run
// in its cache; a fresh clone (CI) has none and would order by file size. The durations
// below (seconds, a full `make test` on the 2-core machine) stand in until the cache has
// its own. Refresh them from test-output/jest.json when files change much:
//   node -e 'for (const t of require("./test-output/jest.json").testResults) console.log(((t.endTime - t.startTime) / 1000).toFixed(0), t.name)'
import Sequencer from '@jest/test-sequencer'
import { relative } from 'node:path'

const KNOWN = {
  'e2e/action.test.ts': 75,
  'e2e/cli-load.test.ts': 68,
  'e2e/readme-recipes.test.ts': 53,
  'e2e/workloads.test.ts': 46,
  'e2e/bisect.test.ts': 45,
  'e2e/examples.test.ts': 43,
  'e2e/hostile-runs-property.test.ts': 42,
  'metrics/bootstrap-calibration.test.ts': 37,
  'e2e/ab.test.ts': 36,
  'e2e/chart-labels.test.ts': 32,
  'e2e/prometheus.test.ts': 31,
  'e2e/every-ci.test.ts': 31,
  'e2e/workers.test.ts': 25,
  'e2e/canary.test.ts': 24,
  'e2e/init.test.ts': 24,
  'e2e/stress.test.ts': 23,
  'e2e/packed-library.test.ts': 22,
  'e2e/ab-mix.test.ts': 22,
  'e2e/faults.test.ts': 22,
  'e2e/url-service.test.ts': 20,
  'e2e/hostile-runs.test.ts': 18,
  'e2e/secret-channels.test.ts': 15,
  'e2e/html-report.test.ts': 14,
  'engine/load-runner.test.ts': 11,
  'e2e/pacing.test.ts': 11,
  'e2e/signals.test.ts': 9,
  'e2e/merge.test.ts': 8,
  'e2e/tls.test.ts': 8,
  'e2e/shards.test.ts': 8,
  'e2e/no-hang-no-orphan.test.ts': 8,
  'e2e/hostile-paths.test.ts': 7,
  'e2e/cli-flags-property.test.ts': 7
}

export default class SlowFirstSequencer extends Sequencer {
  /** ms: the cached duration of the last run, else the known one, else a guess by kind */
  time(test) {
    const cached = super.time(test)
    if (cached !== undefined) return cached
    const file = relative(`${test.context.config.rootDir}/__tests__`, test.path).split('\\').join('/')
    return (KNOWN[file] ?? (file.startsWith('e2e/') ? 8 : 1)) * 1000
  }

  /**
   * Jest's order (failed first, then slowest first), except that the unit project comes after
   * the others: its timing-sensitive engine tests then run beside other short unit files, not
   * beside the CPU-heavy files of the slow project (a million-request report, fast-check).
   */
  async sort(tests) {
    const sorted = await super.sort(tests)
    const rank = (t) => (this.hasFailed(t) ? 0 : t.context.config.displayName?.name === 'unit' ? 2 : 1)
    return sorted
      .map((t, i) => ({ t, i }))
      .sort((a, b) => rank(a.t) - rank(b.t) || a.i - b.i)
      .map(({ t }) => t)
  }
}
