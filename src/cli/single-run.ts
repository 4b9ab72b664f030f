import type { Mode, RunMode, RunSettings } from '../engine/result.js'
import type { FailOnRegression } from '../config/regression.js'
import { describeRun, runKind } from '../report/format/run-description.js'
import { shardLine, tlsSentence } from '../report/format/sentences.js'
import { performTest, planTest, type FinishedRun } from '../run/perform-test.js'
import { progressPrinter } from '../terminal/progress-printer.js'
import {
  baselineFromFlags,
  configFromFlags,
  failOnFlag,
  observerFromFlags,
  requestFromFlags,
  serviceFromFlags,
  WATCH_LABELS,
  watchPidFromFlags,
  type CommonFlags,
  type RunFlags
} from './common-options.js'
import type { CliContext } from './context.js'
import { resultsTable } from './results-table.js'
import { withServiceUnderTest } from '../run/with-service.js'
import { resourceWatch } from '../run/resource-sampler.js'
import { urlServiceNote } from '../config/url-service.js'
import { detectProvenance } from '../run/provenance.js'

/** `load` and `stress`: flags → request → one test → table (or JSON) → exit code. */
export async function runSingleTest(
  ctx: CliContext,
  service: string,
  mode: Mode,
  flags: RunFlags
): Promise<number> {
  const { term } = ctx
  const request = requestFromFlags(service, mode, flags)
  const watchPid = watchPidFromFlags(flags)
  const failOn = failOnFlag(flags)
  const config = await configFromFlags(flags, ctx.env)
  const baseline = await baselineFromFlags(flags)
  const provenance = await detectProvenance(ctx.env, process.cwd())
  // the target is resolved here, once: the note and --start read it, the run goes on with it
  const test = planTest(request, config)
  const resolved = test.plan.target
  if (resolved.fromUrl && !flags.quiet) term.err(urlServiceNote(resolved.fromUrl, config.source) + '\n')
  const spec = serviceFromFlags(flags, [resolved.baseUrl], config)
  const say = (l: string): void => {
    if (!flags.quiet) term.err(l + '\n')
  }
  const progress = progressPrinter(term, resolved.service)
  const report = await ctx.withSignals((signal) =>
    withServiceUnderTest(
      spec,
      ctx.env,
      (started) =>
        performTest(test, {
          config,
          watch: resourceWatch(started, watchPid, WATCH_LABELS),
          log: say,
          outputDir: flags.outputDir,
          outputLabel: '--output-dir',
          failOn,
          signal,
          baseline,
          provenance,
          failOnRegression: flags.failOnRegression as FailOnRegression | undefined,
          observer: observerFromFlags(flags, (l) => term.err(l + '\n')),
          onStart: (target, _dir, settings, runMode) => {
            if (flags.quiet) return
            term.err(startLine(target.service, target.baseUrl, runMode, settings))
            if (request.shard) term.err(shardLine(request.shard, request.startAt) + '\n')
          },
          onProgress: flags.quiet ? undefined : progress.onProgress
        }).finally(() => progress.done()),
      {
        log: say,
        runDirs: (r) => [r.saved.dir],
        secrets: (r) => r?.result.target.secrets ?? config.secrets,
        signal
      }
    )
  )
  printReport(ctx, flags, report)
  return report.outcome.exit_code
}

/** The line a run starts with, the same for load and stress, CLI and action. */
export function startLine(service: string, baseUrl: string, mode: RunMode, settings: RunSettings): string {
  return `perf-gate: ${runKind(mode)} ${service} at ${baseUrl}: ${describeRun(mode, settings)} (Ctrl-C stops and keeps partial results)\n`
}

export function printReport(
  ctx: CliContext,
  flags: Pick<CommonFlags, 'quiet' | 'json'>,
  report: FinishedRun,
  /** what a command adds to the `--json` object */
  extra: Record<string, unknown> = {}
): void {
  // unverified TLS is said even when nothing else is: the credentials may have gone elsewhere
  const tls = tlsSentence(report.saved.document)
  if (flags.quiet && tls) ctx.term.err(`⚠ ${tls}\n`)
  if (!flags.quiet) {
    const table = resultsTable(ctx.term, report)
    if (flags.json) ctx.term.err(table)
    else ctx.term.out(table)
  }
  if (flags.json) ctx.term.out(JSON.stringify({ ...jsonResult(report), ...extra }) + '\n')
}

/** The `--json` object: enough for a script to branch on, with the path to everything else. */
export function jsonResult(report: FinishedRun): Record<string, unknown> {
  const m = report.metrics
  return {
    verdict: report.saved.document.verdict,
    exit_code: report.outcome.exit_code,
    service: report.result.target.service,
    mode: report.result.mode,
    partial: report.result.outcome.partial,
    report_dir: report.saved.dir,
    metrics_file: report.saved.metrics,
    report_html: report.saved.html,
    summary_file: report.saved.summary,
    junit_file: report.saved.junit,
    total_requests: m.total_requests,
    failed_requests: m.failed_requests,
    requests_per_second: m.requests_per_second,
    error_rate: m.error_rate,
    average_response_time: m.average_response_time,
    p95_response_time: m.p95_response_time,
    p99_response_time: m.p99_response_time,
    latency_basis: m.latency_basis,
    ...(m.rate ? { rate: m.rate } : {}),
    ...(m.generator ? { generator: m.generator } : {}),
    ...(report.saved.document.config.tls_insecure ? { tls_insecure: true } : {}),
    ...(report.saved.document.baseline ? { baseline: report.saved.document.baseline } : {}),
    failed_checks: report.gate.checks
      .filter((c) => c.status !== 'good')
      .map((c) => ({ name: c.name, scope: c.scope, value: c.value, status: c.status }))
  }
}
