import type { Command } from 'commander'
import { InputError } from '../../config/errors.js'
import { DEFAULTS } from '../../config/defaults.js'
import { setupMonitoring } from '../../monitoring/setup.js'
import { configFromFlags } from '../common-options.js'
import type { CliContext } from '../context.js'

interface MonitoringFlags {
  setup?: boolean
  dir: string
  config?: string
  force?: boolean
}

export function registerMonitoring(program: Command, ctx: CliContext): void {
  program
    .command('monitoring')
    .description('write a Grafana dashboard, Prometheus alert rules and a scrape config from the thresholds')
    .option('--setup', 'write the files')
    .option('--dir <dir>', 'where to write them', DEFAULTS.monitoringDir)
    .option('--config <file>', 'perf-gate.yml whose thresholds set the alert levels')
    .option('--force', 'overwrite files that were changed since they were generated')
    .action(async (flags: MonitoringFlags) => {
      if (!flags.setup)
        throw new InputError('monitoring', 'say what to do: perf-gate monitoring --setup [--dir monitoring]')
      const config = await configFromFlags(flags, ctx.env)
      const r = await setupMonitoring(flags.dir, config.thresholds, flags.force ?? false)
      for (const f of r.written) ctx.term.out(`wrote ${f}\n`)
      for (const f of r.kept)
        ctx.term.err(`kept ${f}: it was changed since it was generated (--force overwrites it)\n`)
      ctx.exitCode = 0
    })
}
