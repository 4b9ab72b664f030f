import type { Command } from 'commander'
import { DEFAULTS } from '../../config/defaults.js'
import { loadConfig } from '../../config/load.js'
import { performTest } from '../../run/perform-test.js'
import { addCommonOptions, failOnFlag, observerFromFlags, type CommonFlags } from '../common-options.js'
import type { CliContext } from '../context.js'
import { progressPrinter } from '../progress.js'
import { printReport, startLine } from './load.js'

interface StressFlags extends CommonFlags {
  maxUsers: string
  rampUp: string
  steps: string
  stopOnBreak?: boolean
  rps?: string
}

export const STRESS_FIELD_NAMES = {
  maxUsers: '--max-users',
  rampUp: '--ramp-up',
  steps: '--steps',
  rps: '--rps',
  timeout: '--timeout',
  baseUrl: '--base-url'
} as const

export function registerStress(program: Command, ctx: CliContext): void {
  const cmd = program
    .command('stress')
    .description('run a stress test: users rise in equal steps to find where the service breaks')
    .argument('<service>', 'a preset (pkd_service, document_processing, ui_app) or a service from --config')
    .option('--max-users <n>', 'users at the last stage', String(DEFAULTS.maxUsers))
    .option('--ramp-up <time>', 'time to reach max users: seconds, or 5m, 1h30m', String(DEFAULTS.rampUp))
    .option('--steps <n>', 'equal stages; stage k runs (k+1)·max-users/steps users', String(DEFAULTS.steps))
    .option(
      '--stop-on-break',
      'end right after the breaking stage (default: after two critical stages in a row)'
    )
    .option('--rps <n>', 'cap on total requests per second')
  addCommonOptions(cmd).action(async (service: string, flags: StressFlags) => {
    const config = await loadConfig({ file: flags.config, env: ctx.env })
    const progress = progressPrinter(ctx.term, service)
    const report = await ctx.withSignals((signal) =>
      performTest({
        config,
        service,
        mode: 'stress',
        stress: {
          maxUsers: flags.maxUsers,
          rampUp: flags.rampUp,
          steps: flags.steps,
          stopOnBreak: flags.stopOnBreak ?? false,
          fieldNames: STRESS_FIELD_NAMES
        },
        rps: flags.rps,
        timeout: flags.timeout,
        baseUrl: flags.baseUrl,
        outputDir: flags.outputDir,
        failOn: failOnFlag(flags),
        signal,
        baseline: flags.baseline,
        observer: observerFromFlags(flags, (l) => ctx.term.err(l + '\n')),
        onStart: (target, _dir, settings, mode) => {
          if (!flags.quiet) ctx.term.err(startLine(target.service, target.baseUrl, mode, settings))
        },
        onProgress: flags.quiet ? undefined : progress.onProgress
      }).finally(() => progress.done())
    )
    printReport(ctx, flags, report)
    ctx.exitCode = report.exitCode
  })
}
