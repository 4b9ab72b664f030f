import { Command, CommanderError } from 'commander'
import { InputError, isInputError, isUnreachableError } from '../config/errors.js'
import { registerDemo } from './commands/demo.js'
import { registerLoad } from './commands/load.js'
import { registerSoak } from './commands/soak.js'
import { registerReport } from './commands/report.js'
import { registerSummary } from './commands/summary.js'
import { registerAb } from './commands/ab.js'
import { registerBisect } from './commands/bisect.js'
import { registerCompare } from './commands/compare.js'
import { registerHistory } from './commands/history.js'
import { registerMerge } from './commands/merge.js'
import { registerMonitoring } from './commands/monitoring.js'
import { registerInit } from './commands/init.js'
import { registerStress } from './commands/stress.js'
import { registerAll, registerQuick } from './commands/multi.js'
import type { CliContext } from './context.js'
import { processTerminal, type Terminal } from '../terminal/terminal.js'
import { VERSION } from '../version.js'
import { whileRunning } from '../terminal/signals.js'
import { decideOutcome } from '../gate/outcome.js'

/**
 * Runs the CLI and returns its exit code: 0 passed, 1 gate failed,
 * 2 invalid input (nothing run), 3 unreachable target or aborted run.
 */
export async function main(
  argv: readonly string[],
  term: Terminal = processTerminal(),
  env: Readonly<Record<string, string | undefined>> = process.env
): Promise<number> {
  const ctx: CliContext = { term, env, exitCode: 0, withSignals: whileRunning }
  const program = buildProgram(ctx)
  try {
    await program.parseAsync(argv, { from: 'user' })
    return ctx.exitCode
  } catch (e) {
    if (e instanceof CommanderError) {
      if (
        e.code === 'commander.helpDisplayed' ||
        e.code === 'commander.version' ||
        e.code === 'commander.help'
      )
        return 0
      if (e.code === 'commander.executeSubCommandAsync') return 0
      // the command's own help holds the option the message names
      const command = program.commands.find((c) => c.name() === argv[0])
      const help = command ? `perf-gate ${command.name()} --help` : 'perf-gate --help'
      term.err(`perf-gate: ${e.message.replace(/^error: /, '').replace(/\s*\n\s*/g, ' ')} (see ${help})\n`)
      return 2
    }
    if (isInputError(e)) {
      term.err(`perf-gate: ${e.message}\n`)
      return decideOutcome({ failure: 'invalid_input', message: e.message }).exit_code
    }
    if (isUnreachableError(e)) {
      term.err(`${e.message}\n`)
      return decideOutcome({ failure: 'unreachable', message: e.message }).exit_code
    }
    term.err(`perf-gate: unexpected error: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`)
    return 3
  }
}

/** Every command and option, as `--help` and the generated CLI reference (docs/reference/cli.md) show them. */
export function buildProgram(ctx: CliContext): Command {
  const program = new Command('perf-gate')
    .description('HTTP performance gate: load and stress tests with thresholds and reports')
    .version(VERSION)
    .showSuggestionAfterError(true)
    .addHelpText(
      'after',
      '\nExit codes: 0 passed, 1 the gate failed, 2 invalid input (nothing run), 3 target unreachable or run aborted.\n' +
        'Start with: perf-gate load http://localhost:8080/health, perf-gate init URL, or perf-gate demo    Docs: README.md, docs/'
    )
    .exitOverride()
    .configureOutput({
      writeOut: (s) => ctx.term.out(s),
      writeErr: (s) => ctx.term.err(s),
      // commander's own error lines are replaced by one line of ours below
      outputError: () => undefined
    })
  registerLoad(program, ctx)
  registerSoak(program, ctx)
  registerStress(program, ctx)
  registerAb(program, ctx)
  registerBisect(program, ctx)
  registerQuick(program, ctx)
  registerAll(program, ctx)
  registerDemo(program, ctx)
  registerReport(program, ctx)
  registerHistory(program, ctx)
  registerSummary(program, ctx)
  registerCompare(program, ctx)
  registerMerge(program, ctx)
  registerMonitoring(program, ctx)
  registerInit(program, ctx)
  for (const cmd of program.commands) cmd.exitOverride().configureOutput({ outputError: () => undefined })
  program.hook('preAction', (_program, command) => rejectEmptyValues(command))
  return program
}

/**
 * `--users ''` (an unset shell variable) is a mistake, not a request for the
 * default: the run would silently differ from what the script meant.
 */
function rejectEmptyValues(command: Command): void {
  for (const option of command.options) {
    const value: unknown = command.getOptionValue(option.attributeName())
    if (
      typeof value === 'string' &&
      value.trim() === '' &&
      command.getOptionValueSource(option.attributeName()) === 'cli'
    )
      throw new InputError(
        option.long ?? option.flags,
        'needs a value (got an empty string); leave the flag out for the default'
      )
  }
}
