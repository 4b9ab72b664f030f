import type { Command } from 'commander'
import { DEFAULTS } from '../../config/defaults.js'
import { addCommonOptions, addShardOptions, addRunOptions, type RunFlags } from '../common-options.js'
import type { CliContext } from '../context.js'
import { runSingleTest } from '../single-run.js'

export function registerStress(program: Command, ctx: CliContext): void {
  const cmd = program
    .command('stress')
    .description('run a stress test: users rise in equal steps to find where the service breaks')
    .argument(
      '<service>',
      'a preset (pkd_service, document_processing, ui_app), a service from --config, or a URL (one GET endpoint, default thresholds)'
    )
    .option('--max-users <n>', 'users at the last stage', String(DEFAULTS.maxUsers))
    .option('--ramp-up <time>', 'time to reach max users: seconds, or 5m, 1h30m', String(DEFAULTS.rampUp))
    .option('--steps <n>', 'equal stages; stage k runs (k+1)·max-users/steps users', String(DEFAULTS.steps))
    .option(
      '--stop-on-break',
      'end right after the breaking stage (default: after two critical stages in a row)'
    )
    .option(
      '--rps <n>',
      'at most this many requests per second, evenly spread (the users set the load; no knee is looked for)'
    )
  addRunOptions(addShardOptions(addCommonOptions(cmd))).action(async (service: string, flags: RunFlags) => {
    ctx.exitCode = await runSingleTest(ctx, service, 'stress', flags)
  })
}
