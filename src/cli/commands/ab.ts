import { Option, type Command } from 'commander'
import { MIN_AB_SLICES, parseAbRequest, withConfigAb, type AbLabels } from '../../config/ab-request.js'
import { DEFAULTS } from '../../config/defaults.js'
import type { FailOnRegression } from '../../config/regression.js'
import type { FailOn } from '../../config/thresholds.js'
import { formatCount } from '../../report/format/numbers.js'
import { abStartLine } from '../../report/format/run-description.js'
import { performAbTest } from '../../run/ab-test.js'
import { lookText } from '../../report/format/comparison-rows.js'
import { withServiceUnderTest } from '../../run/with-service.js'
import {
  addCsvOption,
  addStartOptions,
  addTlsOptions,
  CLI_LABELS,
  configFromFlags,
  failOnRegressionOption,
  pairingOption,
  serviceFromFlags
} from '../common-options.js'
import type { CliContext } from '../context.js'
import { abResultsTable } from '../ab-table.js'
import { jsonResult } from '../single-run.js'
import { pathOf, urlService, urlServiceNote } from '../../config/url-service.js'
import { detectProvenance } from '../../run/provenance.js'

interface AbFlags {
  aUrl?: string
  bUrl?: string
  users?: string
  duration?: string
  slice?: string
  maxDuration?: string
  pairing?: string
  rps?: string
  maxUsers?: string
  timeout?: string
  warmup?: string
  csv?: string
  config?: string
  outputDir?: string
  failOnRegression?: FailOnRegression
  failOn?: FailOn
  quiet?: boolean
  json?: boolean
  insecure?: boolean
  ca?: string
  start?: string
  waitFor?: string
  waitTimeout?: string
}

/** How errors name ab's fields: its flags. */
export const AB_FLAGS: AbLabels = {
  run: CLI_LABELS,
  aUrl: '--a-url',
  bUrl: '--b-url',
  slice: '--slice',
  maxDuration: '--max-duration',
  pairing: '--pairing'
}

export function registerAb(program: Command, ctx: CliContext): void {
  const cmd = program
    .command('ab')
    .description(
      'the same load against two live targets, in alternating slices (A B B A …) or both at once (--pairing duet): B compared with A, pair of slices by pair'
    )
    .argument(
      '<service>',
      'a preset or a service from --config: its endpoints, headers and thresholds; or a URL (its path is the one GET endpoint)'
    )
    .option('--a-url <url>', 'the baseline side, e.g. the main branch built and started in this job')
    .option('--b-url <url>', 'the candidate side, e.g. the pull request')
    .option(
      '--users <n>',
      'concurrent users (connections) on the side that runs (on each side, with --pairing duet)',
      String(DEFAULTS.users)
    )
    .option(
      '--duration <time>',
      `the whole run, both sides: seconds, or 30s, 5m (at least ${MIN_AB_SLICES} slices)`,
      String(DEFAULTS.duration)
    )
    .option('--slice <time>', 'length of one slice of one side', String(DEFAULTS.abSlice))
    .option(
      '--max-duration <time>',
      "while undecided, look again after each further --duration, up to this long in all (a whole number of looks, at most 10); the looks keep the run's false-alarm rate at 5% (O'Brien–Fleming boundaries) [config ab.max_duration, else --duration: one look]"
    )
    .addOption(
      pairingOption(
        'alternate: one side at a time (A B B A …); duet: both sides at once, slice beside slice, so a noisy machine slows both alike (for busy shared runners; the two services share the machine)'
      )
    )
    .option(
      '--rps <n>',
      'requests per second, paced evenly, on the side that runs (on each side, with --pairing duet)'
    )
    .option('--max-users <n>', 'with --rps: the most connections opened when the target slows')
    .option('--timeout <seconds>', 'per-request timeout (10, 2.5, 500ms)', String(DEFAULTS.timeout))
    .option(
      '--warmup <duration>',
      'send load this long to each side before its first slice (10s, 1m), measured by nothing [config warmup, else none]'
    )
    .option('--config <file>', 'perf-gate.yml with the service, tolerances and fail_on_regression')
    .option('--output-dir <dir>', 'where the run directory is written', DEFAULTS.outputDir)
    .addOption(failOnRegressionOption())
    .addOption(
      new Option('--fail-on <level>', "whether B's thresholds also fail the run (exit 1)")
        .choices(['critical', 'warning', 'never'])
        .default('never')
    )
    .option('--quiet', 'no progress and no table; only errors')
    .option('--json', 'print one machine-readable result object on stdout')
  addStartOptions(addCsvOption(addTlsOptions(cmd))).action(async (service: string, flags: AbFlags) => {
    const { term } = ctx
    const parsed = parseAbRequest({ ...flags, service }, AB_FLAGS)
    const config = await configFromFlags(flags, ctx.env)
    const request = withConfigAb(parsed, config, '--duration')
    const provenance = await detectProvenance(ctx.env, process.cwd())
    const say = (line: string): void => {
      if (!flags.quiet) term.err(line + '\n')
    }
    const byUrl = urlService(service)
    if (byUrl) say(urlServiceNote(pathOf(byUrl.url), config.source, 'on A (--a-url) and B (--b-url)'))
    // one command may start both sides (docker compose up), awaited at both URLs
    const spec = serviceFromFlags(flags, [request.aUrl.href, request.bUrl.href], config)
    const report = await ctx.withSignals((signal) =>
      withServiceUnderTest(
        spec,
        ctx.env,
        () =>
          performAbTest(request, {
            config,
            outputDir: flags.outputDir,
            outputLabel: '--output-dir',
            failOnRegression: flags.failOnRegression,
            failOn: flags.failOn,
            provenance,
            signal,
            log: say,
            onStart: (a, b, _dir, slices, warmup) =>
              say(
                `${abStartLine(a, b, { slices, slice: request.slice, users: request.load.users, warmup, pairing: request.pairing })}; thresholds ${(flags.failOn ?? 'never') === 'never' ? 'for information (--fail-on never)' : `gate too (--fail-on ${flags.failOn})`} (Ctrl-C stops and keeps partial results)`
              ),
            onSlice: (s) =>
              say(
                `  slice ${s.index + 1}/${s.of} ${s.side}: ${formatCount(s.requests)} requests, p95 ${s.p95Ms.toFixed(1)} ms`
              ),
            onLook: (l) => say(`  look ${l.look} of ${l.of}: ${lookText(l.verdict)}`)
          }),
        {
          log: say,
          // A is saved in baseline/ of B's run directory: one log, beside both
          runDirs: (r) => [r.b.saved.dir],
          secrets: (r) => (r ? [...r.a.result.target.secrets, ...r.b.result.target.secrets] : config.secrets),
          signal
        }
      )
    )
    if (!flags.quiet) {
      const table = abResultsTable(term, report)
      if (flags.json) term.err(table)
      else term.out(table)
    }
    if (flags.json) {
      const cmp = report.b.saved.document.baseline!
      term.out(
        JSON.stringify({
          ...jsonResult(report.b),
          exit_code: report.outcome.exit_code,
          baseline_dir: report.a.saved.dir,
          comparison: cmp.comparison,
          fail_on_regression: cmp.fail_on_regression
        }) + '\n'
      )
    }
    ctx.exitCode = report.outcome.exit_code
  })
}
