import type { Status, Verdict } from '../gate/evaluate.js'
import { answerCheckStatus } from '../gate/outcome.js'
import { bandTexts, STATUS_ICON, checkStatusText, checkValueText } from '../report/format/check-texts.js'
import { comparisonMethod, comparisonRows } from '../report/format/comparison-rows.js'
import { formatCount, formatRps, formatValue } from '../report/format/numbers.js'
import { codeText, describeRun, runKind } from '../report/format/run-description.js'
import {
  checkLines,
  JOURNEY_DURATION_NOTE,
  journeyRows,
  onceFailureLines
} from '../report/format/journey-rows.js'
import { csvSentence, runWarnings, pacingSentence } from '../report/format/sentences.js'
import { driftMethod, driftRows } from '../report/format/drift-rows.js'
import { resourceLines } from '../report/format/resource-lines.js'
import {
  endpointErrorsText,
  errorTypesLine,
  failedShare,
  worstEndpoints,
  WORST_ENDPOINTS
} from '../report/error-breakdown.js'
import type { EndpointMetrics } from '../metrics/types.js'
import type { RunDocument } from '../report/run-document.js'
import { REPORT_FILES } from '../report/files/write-reports.js'
import type { FinishedRun } from '../run/perform-test.js'
import { paint, type Terminal } from '../terminal/terminal.js'

/** Lays out rows as aligned text columns. */
export function columns(rows: string[][], gap = '  '): string {
  const widths = rows[0].map((_, c) => Math.max(...rows.map((r) => [...(r[c] ?? '')].length)))
  return rows
    .map((r) =>
      r
        .map((cell, c) => cell + ' '.repeat(widths[c] - [...cell].length))
        .join(gap)
        .trimEnd()
    )
    .join('\n')
}

const STATUS_COLOR: Record<Status, 'green' | 'yellow' | 'red'> = {
  good: 'green',
  warning: 'yellow',
  critical: 'red'
}
const VERDICT_COLOR: Record<Verdict, 'green' | 'yellow' | 'red'> = {
  pass: 'green',
  warning: 'yellow',
  fail: 'red'
}

export function statusText(term: Terminal, s: Status): string {
  return paint(term, STATUS_COLOR[s], `${STATUS_ICON[s]} ${s}`)
}

export function verdictText(term: Terminal, v: Verdict): string {
  return paint(term, VERDICT_COLOR[v], v.toUpperCase())
}

/** A paced run that opened more connections than its users says how many it used. */
function connectionsUsed(m: FinishedRun['metrics'], users: number): string {
  const reached = m.rate?.users_reached ?? 0
  return reached > users ? `, ${formatCount(reached)} connections used` : ''
}

/** The terminal view of one finished test: metrics with bands and status, then the verdict. */
export function resultsTable(term: Terminal, report: FinishedRun): string {
  const { metrics: m, gate, result } = report
  const code = codeText(report.saved.document.provenance)
  const header =
    `${runKind(result.mode)} ${result.target.service}${code ? ` (${code})` : ''}: ${describeRun(result.mode, result.settings)}${connectionsUsed(m, result.settings.users)} → ` +
    `${formatCount(m.total_requests)} requests, ${formatRps(m.requests_per_second)}, ` +
    `p50 ${formatValue(m.median_response_time, 'seconds')}, p99 ${formatValue(m.p99_response_time, 'seconds')}`
  const table = checksTable(term, gate)
  const errors = errorTypesLine(m)
  const pacing = pacingSentence(m)
  const lines = [
    header,
    ...(pacing ? [pacing] : []),
    ...runWarnings(report.saved.document).map((w) => paint(term, 'yellow', `⚠ ${w}`)),
    '',
    table,
    ''
  ]
  const doc = report.saved.document
  const resources = resourceLines(m.resources)
  if (resources.length > 0) lines.push(...resources, '')
  lines.push(...sessionLines(term, report))
  if (m.stages) {
    const rows = [['Stage', 'Users', 'Requests', 'RPS', 'p50', 'p95', 'p99', 'Errors', 'Generator']]
    for (const s of m.stages) {
      rows.push([
        String(s.stage),
        String(s.users),
        formatCount(s.requests),
        formatRps(s.rps),
        formatValue(s.p50, 'seconds'),
        formatValue(s.p95, 'seconds'),
        formatValue(s.p99, 'seconds'),
        formatValue(s.error_rate, 'percent'),
        `${s.generator.cpu_percent}% CPU, loop p99 ${s.generator.event_loop_p99_ms} ms${s.generator_bound ? ' (saturated)' : ''}`
      ])
    }
    lines.push(columns(rows), '')
    if (doc.stress_conclusion)
      lines.push(paint(term, doc.breaking_point ? 'yellow' : 'green', doc.stress_conclusion))
    if (doc.stopped_early) lines.push(`Ramp ended early: ${doc.stopped_early}`)
    lines.push('')
  }
  if (errors) lines.push(`Errors: ${errors}`, ...failingEndpoints(m.per_endpoint))
  lines.push(...driftLines(term, doc))
  lines.push(...comparisonLines(term, doc))
  lines.push(...stopLines(term, doc))
  lines.push(
    filesLine(report.saved),
    `Verdict: ${verdictText(term, report.saved.document.verdict)} (${report.outcome.summary})   Report: ${report.saved.html}`,
    ''
  )
  return lines.join('\n')
}

/**
 * The journeys table and the checks on answers, when the run had them;
 * `side` (`A`, `B`) names an A/B run's side in its lines.
 */
export function sessionLines(
  term: Terminal,
  report: Pick<FinishedRun, 'metrics' | 'outcome'>,
  side?: string
): string[] {
  const m = report.metrics
  const on = side ? ` on ${side}` : ''
  const lines: string[] = []
  const journeys = journeyRows(m)
  if (journeys.length > 0) {
    if (side) journeys[0][0] = `Journey${on}`
    lines.push(
      columns(journeys),
      `(${JOURNEY_DURATION_NOTE})`,
      ...onceFailureLines(m).map((l) => paint(term, 'yellow', l)),
      ''
    )
  }
  const checks = checkLines(m)
  if (checks.length > 0)
    lines.push(
      paint(
        term,
        STATUS_COLOR[answerCheckStatus(report.outcome, m.checks!.failed)],
        checks[0].replace(/^Checks/, `Checks${on}`)
      ),
      ...checks.slice(1),
      ''
    )
  return lines
}

/** Why a run ended early, when it did: a sustained breach fails the gate, anything else leaves partial results. */
export function stopLines(term: Terminal, doc: RunDocument): string[] {
  if (doc.threshold_abort) return [paint(term, 'red', `Run stopped, the gate failed: ${doc.abort_reason}`)]
  return doc.partial
    ? [paint(term, 'yellow', `Partial results: ${doc.abort_reason ?? 'the run was stopped'}`)]
    : []
}

/** The run directory's files, and what results.csv holds (`--csv`): the one list every run ends with. */
export function filesLine(saved: FinishedRun['saved'], extra = ''): string {
  return `Files in ${saved.dir}: ${csvSentence(saved.document.config.csv)}; metrics.json, ${REPORT_FILES.join(', ')}${extra}`
}

/** The threshold checks as an aligned table, each status coloured. */
export function checksTable(term: Terminal, gate: FinishedRun['gate']): string {
  const rows = [['Metric', 'Scope', 'Value', 'Good', 'Warning', 'Critical', 'Status']]
  for (const c of gate.checks) {
    const b = bandTexts(c)
    rows.push([
      c.label,
      c.scope,
      checkValueText(c),
      b.good,
      b.warning,
      b.critical,
      `${STATUS_ICON[c.status]} ${checkStatusText(c)}`
    ])
  }
  return columns(rows)
    .split('\n')
    .map((line, i) => {
      if (i === 0) return paint(term, 'bold', line)
      const status = gate.checks[i - 1].status
      return line.replace(`${STATUS_ICON[status]} ${status}`, statusText(term, status))
    })
    .join('\n')
}

/** A soak's drift: each figure's first and last window, its change with its interval, its status. */
function driftLines(term: Terminal, doc: RunDocument): string[] {
  if (!doc.drift) return []
  const rows = driftRows(doc.drift).map((r) => [
    `  ${r.label}`,
    r.first,
    `→ ${r.last}`,
    r.change,
    r.bands,
    `${STATUS_ICON[r.status]} ${r.status}`
  ])
  return [
    'Drift (last window against the first):',
    ...(rows.length ? [columns(rows)] : []),
    paint(term, 'dim', `  ${driftMethod(doc.drift)}`),
    ''
  ]
}

/** The comparison with a baseline (or side A), when there is one: verdict, per-metric rows, method. */
export function comparisonLines(term: Terminal, doc: RunDocument, title = 'Against the baseline'): string[] {
  const cmp = doc.baseline?.comparison
  if (!cmp) return []
  const rows = comparisonRows(cmp.metrics).map((c) => [
    `  ${c.metric}`,
    c.baseline,
    `→ ${c.current}`,
    c.change,
    c.verdict
  ])
  return [
    `${title} (${doc.baseline!.run}): ${cmp.verdict.replace('_', ' ')}`,
    columns(rows),
    ...(cmp.warnings ?? []).map((w) => paint(term, 'yellow', `  ⚠ ${w}`)),
    `  ${comparisonMethod(cmp)}`,
    ''
  ]
}

/**
 * The endpoints that failed, worst first, each with its error rate and main
 * statuses: the threshold table lists only endpoints with their own
 * thresholds, and an endpoint failing every request must not be missed.
 * (One endpoint: the Errors line already says it all.)
 */
function failingEndpoints(endpoints: readonly EndpointMetrics[]): string[] {
  if (endpoints.length < 2) return []
  const worst = worstEndpoints(endpoints)
  const rows = worst
    .slice(0, WORST_ENDPOINTS)
    .map((ep) => [`  ${ep.endpoint}`, failedShare(ep), endpointErrorsText(ep)])
  const more = worst.length - rows.length
  return [
    columns(rows),
    ...(more > 0 ? [`  … and ${more} more endpoint${more === 1 ? '' : 's'} with errors (in summary.md)`] : [])
  ]
}
