import { Option, type Command } from 'commander'
import { join } from 'node:path'
import { DEFAULTS } from '../../config/defaults.js'
import { failOn } from '../../config/validate.js'
import { expandRunDirs, mergeShardRuns } from '../../run/merge-runs.js'
import type { CliContext } from '../context.js'
import { resultsTable } from '../results-table.js'

interface MergeFlags {
  outputDir: string
  failOn?: string
  quiet?: boolean
  json?: boolean
}

export function registerMerge(program: Command, ctx: CliContext): void {
  program
    .command('merge')
    .description(
      'merge the run directories of shards (--shard I/N on several machines) into one run: exact counts, percentiles from the merged histograms, one gate'
    )
    .argument('<run-dir...>', 'the shards’ run directories, or a folder holding them')
    .option('--output-dir <dir>', 'where the merged run directory is written', DEFAULTS.outputDir)
    .addOption(
      new Option(
        '--fail-on <level>',
        'which verdict fails the merged run (exit 1); not the shards’ own, usually never [critical]'
      ).choices(['critical', 'warning', 'never'])
    )
    .option('--quiet', 'no table; only errors')
    .option('--json', 'print one machine-readable result object on stdout')
    .action(async (dirs: string[], flags: MergeFlags) => {
      const report = await mergeShardRuns(await expandRunDirs(dirs, 'run-dir'), {
        outputDir: flags.outputDir,
        failOn: flags.failOn === undefined ? undefined : failOn('--fail-on', flags.failOn, DEFAULTS.failOn),
        field: 'run-dir'
      })
      const { term } = ctx
      const view = {
        metrics: report.metrics,
        gate: report.gate,
        saved: { html: report.html, document: report.document },
        result: {
          mode: report.mode,
          target: { service: report.service },
          settings: report.settings,
          outcome: { partial: report.partial, abortReason: report.abortReason }
        }
      }
      if (!flags.quiet) {
        const line = `perf-gate: merged ${report.shards.merged} of ${report.shards.of} shards of ${report.mode} test ${report.service}\n`
        const table = resultsTable(term, view)
        term.err(line)
        if (flags.json) term.err(table)
        else term.out(table)
      }
      if (flags.json) {
        const m = report.metrics
        term.out(
          JSON.stringify({
            verdict: report.document.verdict,
            exit_code: report.exitCode,
            service: report.service,
            mode: report.mode,
            partial: report.partial,
            ...(report.abortReason ? { abort_reason: report.abortReason } : {}),
            shards: report.document.config.shard,
            report_dir: report.dir,
            metrics_file: join(report.dir, 'metrics.json'),
            report_html: report.html,
            summary_file: join(report.dir, 'summary.md'),
            junit_file: join(report.dir, 'junit.xml'),
            total_requests: m.total_requests,
            failed_requests: m.failed_requests,
            requests_per_second: m.requests_per_second,
            error_rate: m.error_rate,
            median_response_time: m.median_response_time,
            p95_response_time: m.p95_response_time,
            p99_response_time: m.p99_response_time
          }) + '\n'
        )
      }
      ctx.exitCode = report.exitCode
    })
}
