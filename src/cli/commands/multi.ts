import type { Command } from 'commander'
import type { FailOnRegression } from '../../config/regression.js'
import { DEFAULTS } from '../../config/defaults.js'
import { isUnreachableError } from '../../config/errors.js'
import { combineOutcomes, decideOutcome } from '../../gate/outcome.js'
import { withServiceUnderTest, type StartedService } from '../../run/with-service.js'
import { resourceWatch } from '../../run/resource-sampler.js'
import type { PerfGateConfig } from '../../config/load.js'
import { PRESET_SERVICES } from '../../config/presets.js'
import type { Mode } from '../../engine/result.js'
import { formatCount, formatPercent, formatRps, formatSeconds } from '../../report/format/numbers.js'
import type { IndexEntry } from '../../report/html/index-page.js'
import { writeIndex } from '../../report/files/write-index.js'
import { performTest, planTest, type TestReport } from '../../run/perform-test.js'
import { progressPrinter } from '../../terminal/progress-printer.js'
import {
  addCommonOptions,
  addRunOptions,
  baselineFromFlags,
  configFromFlags,
  failOnFlag,
  observerFromFlags,
  serviceFromFlags,
  requestFromFlags,
  WATCH_LABELS,
  watchPidFromFlags,
  type RunFlags
} from '../common-options.js'
import type { CliContext } from '../context.js'
import { columns, verdictText } from '../results-table.js'
import { detectProvenance } from '../../run/provenance.js'

/** The services `quick` and `all` cover: the config file's own, else the three presets. */
export function servicesToRun(config: PerfGateConfig): string[] {
  return config.fileServices.length > 0 ? config.fileServices : Object.keys(PRESET_SERVICES)
}

export function registerQuick(program: Command, ctx: CliContext): void {
  const cmd = program
    .command('quick')
    .description(
      `light load (${DEFAULTS.quickUsers} users, ${DEFAULTS.quickDuration} s) on every configured service, one line each and a combined verdict`
    )
    .option('--users <n>', 'concurrent users per service', String(DEFAULTS.quickUsers))
    .option('--duration <time>', 'duration per service: seconds, or 30s, 5m', String(DEFAULTS.quickDuration))
    .option('--rps <n>', 'requests per second, paced evenly, per service')
  addRunOptions(addCommonOptions(cmd, { baseUrl: false })).action(async (flags: RunFlags) => {
    ctx.exitCode = await runMany(ctx, flags, 'quick')
  })
}

export function registerAll(program: Command, ctx: CliContext): void {
  const cmd = program
    .command('all')
    .description('load and stress test every configured service and write an index.html linking every report')
    .option('--users <n>', 'concurrent users of each load test', String(DEFAULTS.users))
    .option('--duration <time>', 'duration of each load test: seconds, or 30s, 5m', String(DEFAULTS.duration))
    .option(
      '--max-users <n>',
      'users at the last stage of each stress test (with --rps, also the most connections of each load test)',
      String(DEFAULTS.maxUsers)
    )
    .option(
      '--ramp-up <time>',
      'time each stress test takes to reach max users: seconds, or 5m',
      String(DEFAULTS.rampUp)
    )
    .option('--steps <n>', 'stages of each stress test', String(DEFAULTS.steps))
    .option('--rps <n>', 'requests per second, paced evenly, per test')
  addRunOptions(addCommonOptions(cmd, { baseUrl: false })).action(async (flags: RunFlags) => {
    ctx.exitCode = await runMany(ctx, flags, 'all')
  })
}

/**
 * Runs each service in turn. A service that is down is reported with the
 * seed's message and counted as a failure; exit 3 only when none could be tested.
 */
async function runMany(ctx: CliContext, flags: RunFlags, kind: 'quick' | 'all'): Promise<number> {
  const { term } = ctx
  const modes: Mode[] = kind === 'all' ? ['load', 'stress'] : ['load']
  // one request per mode, checked before any service is loaded; each run only swaps the service
  // --max-users is the stress ramp's peak here; a paced load test keeps its own default cap
  const requests = new Map(
    modes.map((mode) => [
      mode,
      requestFromFlags('', mode, mode === 'load' ? { ...flags, maxUsers: undefined } : flags)
    ])
  )
  const failOn = failOnFlag(flags)
  const watchPid = watchPidFromFlags(flags)
  const config = await configFromFlags(flags, ctx.env)
  const baseline = await baselineFromFlags(flags)
  const provenance = await detectProvenance(ctx.env, process.cwd())
  const services = servicesToRun(config)
  const outputDir = flags.outputDir ?? DEFAULTS.outputDir
  const startedAt = new Date()
  const entries: IndexEntry[] = []
  const reports: TestReport[] = []
  const say = (line: string): void => (flags.json ? term.err(line) : term.out(line))

  const observer = observerFromFlags(flags, (l) => term.err(l + '\n'))
  // each run's target resolved once: --start awaits them, each run goes on with its own
  const runs = services.flatMap((service) =>
    modes.map((mode) => ({ service, mode, test: planTest({ ...requests.get(mode)!, service }, config) }))
  )
  const spec = serviceFromFlags(flags, [...new Set(runs.map((r) => r.test.plan.target.baseUrl))], config)
  await ctx.withSignals((signal) =>
    withServiceUnderTest(spec, ctx.env, (started) => runEach(started), {
      log: (l) => {
        if (!flags.quiet) term.err(l + '\n')
      },
      runDirs: () => reports.map((r) => r.saved.dir),
      secrets: () => [...new Set([...config.secrets, ...reports.flatMap((r) => r.result.target.secrets)])],
      signal
    })
  )
  async function runEach(started?: StartedService): Promise<void> {
    for (const { service, mode, test } of runs) {
      if (entries.some((e) => e.service === service && 'error' in e)) continue // down: reported once
      const progress = progressPrinter(term, `${service} ${mode}`)
      try {
        const report = await ctx.withSignals((signal) =>
          performTest(test, {
            config,
            outputDir,
            outputLabel: '--output-dir',
            failOn,
            signal,
            observer,
            baseline,
            provenance,
            failOnRegression: flags.failOnRegression as FailOnRegression | undefined,
            watch: resourceWatch(started, watchPid, WATCH_LABELS),
            log: (l) => {
              if (!flags.quiet) term.err(l + '\n')
            },
            onProgress: flags.quiet ? undefined : progress.onProgress
          }).finally(() => progress.done())
        )
        reports.push(report)
        entries.push({ service, mode, dir: report.saved.dir, doc: report.saved.document })
        if (!flags.quiet) say(serviceLine(ctx, report) + '\n')
        // stopped by a signal: no more runs; a sustained breach (abort_after) fails this one only
        if (report.outcome.exit_code === 3) break
      } catch (e) {
        if (!isUnreachableError(e)) throw e
        entries.push({ service, mode, error: e.message })
        if (!flags.quiet) say(`${e.message}\n`)
      }
    }
  }

  const index = await writeIndex(outputDir, entries, `perf-gate ${kind}`, startedAt)

  const down = entries.filter((e) => 'error' in e).length
  const failed = reports.filter((r) => r.outcome.exit_code === 1).length
  const exitCode = combineOutcomes([
    ...reports.map((r) => r.outcome),
    ...entries.flatMap((e) =>
      'error' in e ? [decideOutcome({ failure: 'unreachable', message: e.error })] : []
    )
  ])
  const passed = reports.length - failed
  if (!flags.quiet) {
    say(
      `\n${kind}: ${passed} passed, ${failed + down} failed${down ? ` (${down} not reachable)` : ''} ` +
        `of ${runs.length} runs on ${services.length} services. Index: ${index}\n`
    )
  }
  if (flags.json) {
    term.out(
      JSON.stringify({
        command: kind,
        exit_code: exitCode,
        index,
        services: entries.map((e) =>
          'error' in e
            ? { service: e.service, mode: e.mode, verdict: 'not_run', error: e.error }
            : {
                service: e.service,
                mode: e.mode,
                verdict: e.doc.verdict,
                report_dir: e.dir,
                total_requests: e.doc.total_requests,
                requests_per_second: e.doc.requests_per_second,
                p95_response_time: e.doc.p95_response_time,
                error_rate: e.doc.error_rate
              }
        )
      }) + '\n'
    )
  }
  return exitCode
}

function serviceLine(ctx: CliContext, r: TestReport): string {
  const m = r.metrics
  return (
    columns([
      [
        r.result.target.service,
        r.result.mode,
        verdictText(ctx.term, r.saved.document.verdict),
        `${formatCount(m.total_requests)} requests`,
        formatRps(m.requests_per_second),
        `p95 ${formatSeconds(m.p95_response_time)}`,
        `errors ${formatPercent(m.error_rate)}`,
        r.saved.html
      ]
    ]) + (r.saved.document.stress_conclusion ? `\n  ${r.saved.document.stress_conclusion}` : '')
  )
}
