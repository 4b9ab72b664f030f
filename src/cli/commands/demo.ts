import type { Command } from 'commander'
import { loadConfig } from '../../config/load.js'
import { DEFAULTS } from '../../config/defaults.js'
import { DEMO_SERVICES, startDemoServices } from '../../demo/demo-services.js'
import {
  formatCount,
  formatPercent,
  formatRps,
  formatRunLength,
  formatSeconds,
  formatUsers
} from '../../report/format/numbers.js'
import { performTest, type TestReport } from '../../run/perform-test.js'
import { requestFromFlags } from '../common-options.js'
import type { CliContext } from '../context.js'
import { progressPrinter } from '../../terminal/progress-printer.js'
import { columns, verdictText } from '../results-table.js'
import { combineOutcomes } from '../../gate/outcome.js'
import { detectProvenance } from '../../run/provenance.js'

interface DemoFlags {
  serve?: boolean
  users: string
  duration: string
  outputDir: string
  quiet?: boolean
}

export function registerDemo(program: Command, ctx: CliContext): void {
  program
    .command('demo')
    .description('start embedded demo services and run a quick load test against each')
    .option('--serve', 'only serve the demo services on their preset ports (8088, 8080, 8000) until Ctrl-C')
    .option('--users <n>', 'concurrent users per service', String(DEFAULTS.demoUsers))
    .option('--duration <time>', 'duration per service: seconds, or 30s', String(DEFAULTS.demoDuration))
    .option('--output-dir <dir>', 'where run directories are written', DEFAULTS.outputDir)
    .option('--quiet', 'no progress lines')
    .action(async (flags: DemoFlags) => {
      ctx.exitCode = flags.serve ? await serve(ctx) : await demo(ctx, flags)
    })
}

async function serve(ctx: CliContext): Promise<number> {
  const demo = await startDemoServices({ presetPorts: true })
  for (const [name, url] of Object.entries(demo.urls)) ctx.term.err(`perf-gate demo: ${name} at ${url}\n`)
  ctx.term.err('perf-gate demo: serving until Ctrl-C\n')
  await ctx.withSignals(
    (signal) => new Promise<void>((resolve) => signal.addEventListener('abort', () => resolve()))
  )
  await demo.close()
  return 0
}

async function demo(ctx: CliContext, flags: DemoFlags): Promise<number> {
  const request = requestFromFlags('', 'load', flags)
  const { users, duration } = request
  const config = await loadConfig({ env: {} })
  const provenance = await detectProvenance(ctx.env, process.cwd())
  const services = await startDemoServices()
  const reports: TestReport[] = []
  try {
    for (const service of DEMO_SERVICES) {
      const progress = progressPrinter(ctx.term, service)
      if (!flags.quiet)
        ctx.term.err(`perf-gate demo: ${service}, ${formatUsers(users)} for ${formatRunLength(duration)}\n`)
      const report = await ctx.withSignals((signal) =>
        performTest(
          { ...request, service, baseUrl: new URL(services.urls[service]) },
          {
            config,
            outputDir: flags.outputDir,
            outputLabel: '--output-dir',
            provenance,
            signal,
            onProgress: flags.quiet ? undefined : progress.onProgress
          }
        ).finally(() => progress.done())
      )
      reports.push(report)
      if (report.result.outcome.partial) break
    }
  } finally {
    await services.close()
  }
  const rows = [['Service', 'Requests', 'RPS', 'p95', 'Error rate', 'Verdict', 'Report']]
  for (const r of reports) {
    rows.push([
      r.result.target.service,
      formatCount(r.metrics.total_requests),
      formatRps(r.metrics.requests_per_second),
      formatSeconds(r.metrics.p95_response_time),
      formatPercent(r.metrics.error_rate),
      r.saved.document.verdict.toUpperCase(),
      r.saved.html
    ])
  }
  const table = columns(rows)
    .split('\n')
    .map((line, i) =>
      i === 0
        ? line
        : line.replace(
            /\b(PASS|WARNING|FAIL)\b/,
            verdictText(ctx.term, reports[i - 1].saved.document.verdict)
          )
    )
    .join('\n')
  ctx.term.out(
    `\n${table}\n\nThe demo services fail about 0.2% of requests with HTTP 500 on purpose, so the error figures have something to count.\nOpen a report.html in a browser; each run directory also holds results.csv, metrics.json, summary.md and junit.xml.\n`
  )
  return combineOutcomes(reports.map((r) => r.outcome))
}
