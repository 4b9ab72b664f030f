import type { Command } from 'commander'
import { DEFAULTS } from '../../config/defaults.js'
import { loadConfig } from '../../config/load.js'
import { performTest, type TestReport } from '../../run/perform-test.js'
import { addCommonOptions, failOnFlag, observerFromFlags, type CommonFlags } from '../common-options.js'
import { progressPrinter } from '../progress.js'
import { describeRun } from '../../report/format.js'
import type { Mode, RunSettings } from '../../engine/result.js'
import { resultsTable } from '../results-table.js'
import type { CliContext } from '../context.js'

interface LoadFlags extends CommonFlags {
  users: string
  duration: string
  rps?: string
}

export const LOAD_FIELD_NAMES = {
  users: '--users',
  duration: '--duration',
  rps: '--rps',
  timeout: '--timeout',
  baseUrl: '--base-url'
} as const

export function registerLoad(program: Command, ctx: CliContext): void {
  const cmd = program
    .command('load')
    .description('run a load test: a constant number of users against one service')
    .argument('<service>', 'a preset (pkd_service, document_processing, ui_app) or a service from --config')
    .option('--users <n>', 'concurrent users (connections)', String(DEFAULTS.users))
    .option('--duration <time>', 'test duration: seconds, or 30s, 5m, 1h30m', String(DEFAULTS.duration))
    .option('--rps <n>', 'cap on total requests per second')
  addCommonOptions(cmd).action(async (service: string, flags: LoadFlags) => {
    ctx.exitCode = await runLoadCommand(ctx, service, flags)
  })
}

async function runLoadCommand(ctx: CliContext, service: string, flags: LoadFlags): Promise<number> {
  const { term } = ctx
  const config = await loadConfig({ file: flags.config, env: ctx.env })
  const progress = progressPrinter(term, service)
  const report = await ctx.withSignals((signal) =>
    performTest({
      config,
      service,
      users: flags.users,
      duration: flags.duration,
      rps: flags.rps,
      timeout: flags.timeout,
      baseUrl: flags.baseUrl,
      outputDir: flags.outputDir,
      failOn: failOnFlag(flags),
      fieldNames: LOAD_FIELD_NAMES,
      signal,
      baseline: flags.baseline,
      observer: observerFromFlags(flags, (l) => term.err(l + '\n')),
      onStart: (target, _dir, settings, mode) => {
        if (!flags.quiet) term.err(startLine(target.service, target.baseUrl, mode, settings))
      },
      onProgress: flags.quiet ? undefined : progress.onProgress
    }).finally(() => progress.done())
  )
  printReport(ctx, flags, report)
  return report.exitCode
}

/** The line a run starts with, the same for load and stress, CLI and action. */
export function startLine(service: string, baseUrl: string, mode: Mode, settings: RunSettings): string {
  return `perf-gate: ${mode} test ${service} at ${baseUrl}: ${describeRun(mode, settings)} (Ctrl-C stops and keeps partial results)\n`
}

export function printReport(ctx: CliContext, flags: CommonFlags, report: TestReport): void {
  if (!flags.quiet) {
    const table = resultsTable(ctx.term, report)
    if (flags.json) ctx.term.err(table)
    else ctx.term.out(table)
  }
  if (flags.json) ctx.term.out(JSON.stringify(jsonResult(report)) + '\n')
}

/** The `--json` object: enough for a script to branch on, with the path to everything else. */
export function jsonResult(report: TestReport): Record<string, unknown> {
  const m = report.metrics
  return {
    verdict: report.saved.document.verdict,
    exit_code: report.exitCode,
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
    failed_checks: report.gate.checks
      .filter((c) => c.status !== 'good')
      .map((c) => ({ name: c.name, scope: c.scope, value: c.value, status: c.status }))
  }
}
