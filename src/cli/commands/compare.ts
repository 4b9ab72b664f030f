import type { Command } from 'commander'
import type { FailOnRegression } from '../../config/regression.js'
import { positiveNumber } from '../../config/validate.js'
import { readBaseline } from '../../report/files/read-baseline.js'
import { compareRunWithBaseline } from '../../run/baseline-comparison.js'
import { decideOutcome } from '../../gate/outcome.js'
import { comparisonMethod, comparisonRows } from '../../report/format/comparison-rows.js'
import { readRunDocument } from '../../report/files/read-run.js'
import {
  baselineRunsFlag,
  baselineRunsOption,
  configFromFlags,
  failOnRegressionOption
} from '../common-options.js'
import type { CliContext } from '../context.js'
import { columns } from '../results-table.js'

interface CompareFlags {
  config?: string
  baselineRuns?: string
  tolerance?: string
  failOnRegression?: FailOnRegression
  json?: boolean
}

export function registerCompare(program: Command, ctx: CliContext): void {
  program
    .command('compare')
    .description(
      "compare two runs: each metric's change with a 95% interval; a change counts only when the whole interval lies beyond the tolerance"
    )
    .argument(
      '<baseline>',
      'the earlier run directory (or its metrics.json), or a folder of earlier runs (a history: the last --baseline-runs of the same test)'
    )
    .argument('<current>', 'the later run directory (or its metrics.json)')
    .option('--config <file>', 'perf-gate.yml whose tolerances and fail_on_regression apply')
    .addOption(baselineRunsOption())
    .option('--tolerance <percent>', 'relative change of times and throughput that matters [config, else 10]')
    .addOption(failOnRegressionOption())
    .option('--json', 'print the comparison as JSON')
    .action(async (baselinePath: string, currentPath: string, flags: CompareFlags) => {
      const config = flags.config === undefined ? undefined : await configFromFlags(flags, ctx.env)
      const tolerance =
        flags.tolerance === undefined
          ? undefined
          : positiveNumber('--tolerance', flags.tolerance, 10, 1000, 'percent') / 100
      const failOn = flags.failOnRegression ?? config?.failOnRegression ?? 'regression'
      const b = await readBaseline(baselinePath, 'baseline', baselineRunsFlag(flags))
      const c = await readRunDocument(currentPath, 'current')
      const tolerances = {
        ...config?.tolerances,
        ...(tolerance === undefined
          ? {}
          : { median_response_time: tolerance, p95_response_time: tolerance, requests_per_second: tolerance })
      }
      const judged = compareRunWithBaseline(b, c.doc, c.doc, { failOnRegression: failOn, tolerances })
      const cmp = { ...judged.comparison, fail_on_regression: failOn }
      if (flags.json) ctx.term.out(JSON.stringify(cmp) + '\n')
      else {
        const rows = [['Metric', 'Baseline', 'Current', 'Change (95% interval)', 'Tolerance', 'Verdict']]
        for (const m of comparisonRows(cmp.metrics))
          rows.push([m.metric, m.baseline, m.current, m.change, m.tolerance, m.verdict])
        const warnings = (cmp.warnings ?? [])
          .map((w) => `⚠ ${w}: the comparison may not mean much\n`)
          .join('')
        ctx.term.out(
          `${judged.run} → ${c.doc.test_name} ${c.doc.timestamp}\n\n${columns(rows)}\n\n` +
            warnings +
            `Verdict: ${cmp.verdict.replace('_', ' ')}. ${comparisonMethod(cmp)} ` +
            `Figures are each run's metrics.json values. Fails on: ${failOn}.\n`
        )
      }
      // two finished runs compared: no thresholds of their own here, only the comparison gates
      ctx.exitCode = decideOutcome({
        failOn: 'never',
        comparison: { result: cmp, failOnRegression: failOn, against: 'the baseline' }
      }).exit_code
    })
}
