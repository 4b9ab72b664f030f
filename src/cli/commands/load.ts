import type { Command } from 'commander'
import { DEFAULTS } from '../../config/defaults.js'
import {
  addCommonOptions,
  addRecordOption,
  addRunOptions,
  addShardOptions,
  type RunFlags
} from '../common-options.js'
import type { CliContext } from '../context.js'
import { runSingleTest } from '../single-run.js'

export function registerLoad(program: Command, ctx: CliContext): void {
  const cmd = program
    .command('load')
    .description('run a load test: a constant number of users against one service')
    .argument(
      '<service>',
      'a preset (pkd_service, document_processing, ui_app), a service from --config, or a URL (one GET endpoint, default thresholds)'
    )
    .option('--users <n>', 'concurrent users (connections)', String(DEFAULTS.users))
    .option('--duration <time>', 'test duration: seconds, or 30s, 5m, 1h30m', String(DEFAULTS.duration))
    .option('--rps <n>', 'requests per second, paced evenly (open model; latency from the intended send)')
    .option(
      '--max-users <n>',
      `with --rps: open up to this many connections when the target slows, at least --users (default: ${DEFAULTS.maxUsers}, or --users when more)`
    )
  addRecordOption(cmd, 'requests')
  addRunOptions(addShardOptions(addCommonOptions(cmd))).action(async (service: string, flags: RunFlags) => {
    ctx.exitCode = await runSingleTest(ctx, service, 'load', flags)
  })
}
