import type { Command } from 'commander'
import { readdir } from 'node:fs/promises'
import { join } from 'node:path'
import { InputError } from '../../config/errors.js'
import { inputKind, NotRegularFileError } from '../../config/input-file.js'
import { comparabilityWarnings } from '../../gate/comparability.js'
import { readRunDocument } from '../../report/files/read-run.js'
import { seriesKey } from '../../report/trend-series.js'
import { writeTrends } from '../../report/files/write-trends.js'
import type { RunDocument } from '../../report/run-document.js'
import { formatCount, formatPercent, formatRps, formatSeconds } from '../../report/format/numbers.js'
import type { CliContext } from '../context.js'
import { columns } from '../results-table.js'

/** Percent change from a to b, as text; blank when there is nothing to compare with. */
function trend(a: number | undefined, b: number): string {
  if (a === undefined || a === 0) return ''
  const pct = ((b - a) / a) * 100
  return `${pct >= 0 ? '+' : ''}${pct.toFixed(1)}%`
}

export function registerSummary(program: Command, ctx: CliContext): void {
  program
    .command('summary')
    .description("table and trend of past runs in a reports directory (the seed's --summary)")
    .argument('<reports-dir>', 'a folder of run directories, e.g. reports/performance')
    .option('--json', 'print the runs as JSON')
    .option(
      '--html',
      'also write trends.html there: p95, throughput and errors over the runs, per service and mode'
    )
    .action(async (reportsDir: string, flags: { json?: boolean; html?: boolean }) => {
      let names: string[]
      try {
        // a FIFO or a device named as the folder is refused by name (readdir would say only ENOTDIR)
        const expected = 'a folder of run directories'
        await inputKind(reportsDir, { field: 'summary', expected, directory: true, file: false })
        names = await readdir(reportsDir)
      } catch (e) {
        if (e instanceof InputError) throw e
        throw new InputError('summary', `${reportsDir} does not exist`)
      }
      const runs: { dir: string; doc: RunDocument }[] = []
      for (const name of names.filter((n) => /_test_/.test(n))) {
        try {
          runs.push(await readRunDocument(join(reportsDir, name), 'summary'))
        } catch (e) {
          // a folder without a complete metrics.json (a run in progress or cut short, a stray folder) is not a run;
          // a FIFO or a device in a run's place is not either, and is never opened; one that another job
          // wrote wrong is named with its field: one bad run never takes the page down
          const invalid = e instanceof InputError && /\.json: /.test(e.message)
          const why =
            e instanceof NotRegularFileError
              ? e.detail
              : invalid
                ? (e as InputError).message.replace(/^summary: /, '')
                : 'no complete metrics.json'
          ctx.term.err(`perf-gate: summary: skipped ${name}: ${why}\n`)
        }
      }
      if (runs.length === 0) throw new InputError('summary', `${reportsDir} holds no perf-gate runs`)
      runs.sort((a, b) => a.doc.timestamp.localeCompare(b.doc.timestamp))
      // Δ only within a series (same service, kind and settings): across other settings it measures the settings
      const previous = new Map<string, RunDocument>()
      const lastOfService = new Map<string, RunDocument>()
      const rows = [['Run', 'Started', 'Requests', 'RPS', 'Δ RPS', 'p95', 'Δ p95', 'Errors', 'Verdict']]
      const out = []
      const notes: string[] = []
      for (const { dir, doc } of runs) {
        const key = seriesKey(doc)
        const prev = previous.get(key)
        const before = lastOfService.get(`${doc.mode}:${doc.service}`)
        // a run of the series that is suspect all the same (stopped early) is marked
        const warnings = prev ? comparabilityWarnings(prev, doc) : []
        const newSettings = !prev && before ? comparabilityWarnings(before, doc) : []
        const mark = warnings.length || newSettings.length ? ` *${notes.length + 1}` : ''
        if (warnings.length)
          notes.push(
            `*${notes.length + 1} ${doc.mode} ${doc.service} ${doc.timestamp}: ${warnings.join('; ')}`
          )
        else if (newSettings.length)
          notes.push(
            `*${notes.length + 1} ${doc.mode} ${doc.service} ${doc.timestamp}: other settings than the run before (${newSettings.join('; ')}): a new series, no Δ`
          )
        rows.push([
          `${doc.mode} ${doc.service}`,
          doc.timestamp.replace('T', ' ').replace(/\.\d+Z$/, 'Z'),
          formatCount(doc.total_requests),
          formatRps(doc.requests_per_second),
          trend(prev?.requests_per_second, doc.requests_per_second) + mark,
          formatSeconds(doc.p95_response_time),
          trend(prev?.p95_response_time, doc.p95_response_time) + mark,
          formatPercent(doc.error_rate),
          doc.verdict.toUpperCase() + (doc.partial ? ' (partial)' : '')
        ])
        out.push({
          dir,
          service: doc.service,
          mode: doc.mode,
          timestamp: doc.timestamp,
          total_requests: doc.total_requests,
          requests_per_second: doc.requests_per_second,
          p95_response_time: doc.p95_response_time,
          error_rate: doc.error_rate,
          verdict: doc.verdict,
          ...(warnings.length || newSettings.length ? { warnings: [...warnings, ...newSettings] } : {})
        })
        previous.set(key, doc)
        lastOfService.set(`${doc.mode}:${doc.service}`, doc)
      }
      const page = flags.html ? await writeTrends(reportsDir, runs) : undefined
      ctx.term.out(
        flags.json
          ? JSON.stringify({ runs: out, ...(page ? { trends_html: page } : {}) }) + '\n'
          : `${columns(rows)}\n\nΔ: change from the previous run of the same service, mode and settings.\n` +
              notes.map((n) => `${n}\n`).join('') +
              (page ? `\nTrends: ${page}\n` : '')
      )
      ctx.exitCode = 0
    })
}
