import type { Command } from 'commander'
import { positiveNumber } from '../../config/validate.js'
import { compareRuns, comparabilityWarnings } from '../../gate/compare.js'
import { readRunDocument } from '../../report/files/read-run.js'
import { sampleFromRunDir } from '../../report/files/read-samples.js'
import type { CliContext } from '../context.js'
import { columns } from '../results-table.js'
import { comparisonRows } from '../../report/format.js'

interface CompareFlags {
  alpha: string
  tolerance: string
  json?: boolean
}

export function registerCompare(program: Command, ctx: CliContext): void {
  program
    .command('compare')
    .description(
      'compare two runs: a change counts only when significant (p < alpha) and larger than the tolerance'
    )
    .argument('<baseline>', 'the earlier run directory (or its metrics.json)')
    .argument('<current>', 'the later run directory (or its metrics.json)')
    .option('--alpha <p>', 'significance level', '0.01')
    .option('--tolerance <percent>', 'relative change of times and throughput that matters', '10')
    .option('--json', 'print the comparison as JSON')
    .action(async (baselinePath: string, currentPath: string, flags: CompareFlags) => {
      const alpha = positiveNumber('--alpha', flags.alpha, 0.01, 0.5, 'probability')
      const tolerance = positiveNumber('--tolerance', flags.tolerance, 10, 1000, 'percent') / 100
      const b = await readRunDocument(baselinePath, 'baseline')
      const c = await readRunDocument(currentPath, 'current')
      const cmp = {
        ...compareRuns(await sampleFromRunDir(b.dir, b.doc), await sampleFromRunDir(c.dir, c.doc), {
          alpha,
          tolerance
        }),
        warnings: comparabilityWarnings(b.doc, c.doc)
      }
      if (flags.json) ctx.term.out(JSON.stringify(cmp) + '\n')
      else {
        const rows = [['Metric', 'Baseline', 'Current', 'Change', 'p-value', 'Verdict']]
        for (const m of comparisonRows(cmp.metrics))
          rows.push([m.metric, m.baseline, m.current, m.change, m.p, m.verdict])
        const warnings = cmp.warnings.map((w) => `⚠ ${w}: the comparison may not mean much\n`).join('')
        ctx.term.out(
          `${b.doc.test_name} ${b.doc.timestamp} → ${c.doc.test_name} ${c.doc.timestamp}\n\n${columns(rows)}\n\n` +
            warnings +
            `Verdict: ${cmp.verdict.replace('_', ' ')} (alpha ${alpha}, tolerance ${tolerance * 100}%). ` +
            "Figures are each run's metrics.json values; the tests compare per-request times and per-second rates.\n"
        )
      }
      ctx.exitCode = cmp.verdict === 'regression' ? 1 : 0
    })
}
