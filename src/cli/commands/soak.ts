import type { Command } from 'commander'
import { DEFAULTS } from '../../config/defaults.js'
import { SOAK_CSV } from '../../config/csv-choice.js'
import { formatRunLength } from '../../report/format/numbers.js'
import {
  addCommonOptions,
  addRecordOption,
  addRunOptions,
  addShardOptions,
  type RunFlags
} from '../common-options.js'
import type { CliContext } from '../context.js'
import { runSingleTest } from '../single-run.js'

/**
 * A soak: a load test for hours, kept as histograms so its memory does not
 * grow with its length, and judged on its drift (the last window against
 * the first) besides its thresholds.
 */
export function registerSoak(program: Command, ctx: CliContext): void {
  const cmd = program
    .command('soak')
    .description(
      'run a soak test: a steady load for hours in constant memory, judged on latency and throughput drift (its last window against its first)'
    )
    .argument(
      '<service>',
      'a preset (pkd_service, document_processing, ui_app), a service from --config, or a URL (one GET endpoint, default thresholds)'
    )
    .option('--users <n>', 'concurrent users (connections)', String(DEFAULTS.users))
    .option(
      '--duration <time>',
      'test duration: seconds, or 30m, 2h, 1h30m',
      formatRunLength(DEFAULTS.soakDuration)
    )
    .option('--rps <n>', 'requests per second, paced evenly (open model; latency from the intended send)')
    .option(
      '--max-users <n>',
      `with --rps: open up to this many connections when the target slows, at least --users (default: ${DEFAULTS.maxUsers}, or --users when more)`
    )
  addRecordOption(cmd, DEFAULTS.soakRecord)
  addRunOptions(addShardOptions(addCommonOptions(cmd)), SOAK_CSV).action(
    async (service: string, flags: RunFlags) => {
      ctx.exitCode = await runSingleTest(ctx, service, 'soak', flags)
    }
  )
}
