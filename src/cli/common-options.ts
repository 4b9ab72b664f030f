import { Option, type Command } from 'commander'
import { failOn } from '../config/validate.js'
import type { FailOn } from '../gate/thresholds.js'

/** Options every command that runs load accepts (DESIGN.md "CLI"). */
export interface CommonFlags {
  config?: string
  baseUrl?: string
  outputDir?: string
  timeout?: string
  failOn?: string
  quiet?: boolean
  json?: boolean
}

export function addCommonOptions(cmd: Command, { baseUrl = true } = {}): Command {
  if (baseUrl)
    cmd.option('--base-url <url>', 'scheme, host and port of the target, replacing the configured one')
  return cmd
    .option('--config <file>', 'perf-gate.yml (YAML or JSON) with services and thresholds')
    .option('--output-dir <dir>', 'where run directories are written', 'reports/performance')
    .option('--timeout <seconds>', 'per-request timeout', '10')
    .addOption(
      new Option('--fail-on <level>', 'which verdict fails the run (exit 1)').choices([
        'critical',
        'warning',
        'never'
      ])
    )
    .option('--quiet', 'no progress and no table; only errors')
    .option('--json', 'print one machine-readable result object on stdout')
}

export function failOnFlag(flags: CommonFlags): FailOn | undefined {
  return flags.failOn === undefined ? undefined : failOn('--fail-on', flags.failOn, 'critical')
}
