import { Option, type Command } from 'commander'
import { DEFAULTS } from '../../config/defaults.js'
import { failOn } from '../../config/validate.js'
import { mergeShardRuns } from '../../run/merge-runs.js'
import { expandRunDirs } from '../../run/run-dir-files.js'
import type { CliContext } from '../context.js'
import { printReport } from '../single-run.js'

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
        outputLabel: '--output-dir',
        failOn: flags.failOn === undefined ? undefined : failOn('--fail-on', flags.failOn, DEFAULTS.failOn),
        field: 'run-dir'
      })
      if (!flags.quiet)
        ctx.term.err(
          `perf-gate: merged ${report.shards.merged} of ${report.shards.of} shards of ${report.result.mode} test ${report.result.target.service}\n`
        )
      const m = report.metrics
      printReport(ctx, flags, report, {
        ...(report.result.outcome.abortReason ? { abort_reason: report.result.outcome.abortReason } : {}),
        shards: report.saved.document.config.shard,
        median_response_time: m.median_response_time
      })
      ctx.exitCode = report.exitCode
    })
}
