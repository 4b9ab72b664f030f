import type { Command } from 'commander'
import { writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { COMPARED_METRIC_VIEW } from '../../config/regression.js'
import { headline } from '../../gate/compare.js'
import { historyChanges, runRefOf, type TestHistory } from '../../gate/history-changes.js'
import { CHANGE_POINT_DEFAULTS } from '../../metrics/change-points.js'
import { readBaseline } from '../../report/files/read-baseline.js'
import { changeWithInterval } from '../../report/format/comparison-rows.js'
import { formatValue } from '../../report/format/numbers.js'
import type { CliContext } from '../context.js'
import { columns } from '../results-table.js'

const METHOD = `E-Divisive means (Matteson & James 2014) with a permutation test (${CHANGE_POINT_DEFAULTS.permutations} seeded shuffles, α ${CHANGE_POINT_DEFAULTS.alpha}, at least ${CHANGE_POINT_DEFAULTS.minSegment} runs a side), on logs of times and throughput and on the error rate's points; each change's 95% interval is Welch's t on the runs either side`

export function registerHistory(program: Command, ctx: CliContext): void {
  program
    .command('history')
    .description(
      'find change points over a folder of runs: per test (service and mode) and metric, the run and commit where the figures stepped, with the size of the step'
    )
    .argument('<folder>', 'a folder of run directories (e.g. reports/performance, or a restored history)')
    .option('--json', 'print the change points as JSON')
    .action(async (folder: string, flags: { json?: boolean }) => {
      const b = await readBaseline(folder, 'history')
      const runs = (b.history ?? [b]).map((r) => ({
        ...runRefOf(r.doc),
        service: r.doc.service,
        mode: r.doc.mode,
        figures: headline(r.doc)
      }))
      const tests = historyChanges(runs)
      const doc = { method: METHOD, tests }
      const file = join(folder, 'change-points.json')
      await writeFile(file, JSON.stringify(doc, null, 2) + '\n')
      ctx.term.out(flags.json ? JSON.stringify(doc) + '\n' : text(tests) + `\n${METHOD}.\nWritten: ${file}\n`)
      ctx.exitCode = 0
    })
}

function text(tests: readonly TestHistory[]): string {
  return tests
    .map((t) => {
      const head = `${t.service} (${t.mode}): ${t.runs} runs, ${t.changes.length ? `${t.changes.length} change point${t.changes.length === 1 ? '' : 's'}` : 'no change point'}`
      if (!t.changes.length) return head + '\n'
      const rows = [['Metric', 'From run', 'Commit', 'Before → after', 'Change (95% interval)']]
      for (const c of t.changes) {
        const view = COMPARED_METRIC_VIEW[c.metric]
        const points = c.metric === 'error_rate'
        rows.push([
          view.label,
          c.at.run,
          c.at.commit?.slice(0, 7) ?? '—',
          `${formatValue(c.before.mean, view.unit)} (${c.before.runs} runs) → ${formatValue(c.after.mean, view.unit)} (${c.after.runs} runs)`,
          changeWithInterval(points, c.change, c.ci_low, c.ci_high)
        ])
      }
      return `${head}\n${columns(rows)}\n`
    })
    .join('\n')
}
