import { driftMethod, driftRows } from './format/drift-rows.js'
import { escapeMarkdownCell as cell } from './escape.js'
import { bandTexts, STATUS_ICON, checkStatusText, checkValueText } from './format/check-texts.js'
import { comparisonMethod, comparisonVerdictText, comparisonRows } from './format/comparison-rows.js'
import {
  formatCount,
  formatPercent,
  formatRps,
  formatRunLength,
  formatSeconds,
  formatUsers
} from './format/numbers.js'
import { codeText, runKind, usersUsed } from './format/run-description.js'
import { abThresholdNote, csvSentence, runWarnings, pacingSentence } from './format/sentences.js'
import { resourceLines } from './format/resource-lines.js'
import type { RunDocument } from './run-document.js'
import { endpointStatus } from './status.js'
import { errorRateText } from './error-breakdown.js'
import { checkLines, JOURNEY_DURATION_NOTE, journeyRows, onceFailureLines } from './format/journey-rows.js'
import { answerCheckStatus } from '../gate/outcome.js'
import { documentChecks } from './document-checks.js'

/** GitHub rejects comments over 65,536 characters; stay well below. */
export const MAX_SUMMARY_CHARS = 60_000
const MAX_ENDPOINT_ROWS = 10
const MAX_ERROR_ROWS = 10

const VERDICT_LINE = { pass: '✅ **PASS**', warning: '⚠️ **WARNING**', fail: '❌ **FAIL**' } as const

function table(header: string[], rows: string[][], max: number, what: string): string[] {
  const shown = rows.slice(0, max)
  const lines = [
    `| ${header.join(' | ')} |`,
    `| ${header.map((h) => (/^(Value|Requests|RPS|p\d+|Error rate|Count)$/.test(h) ? '---:' : '---')).join(' | ')} |`
  ]
  for (const r of shown) lines.push(`| ${r.join(' | ')} |`)
  if (rows.length > max) lines.push('', `… and ${rows.length - max} more ${what}`)
  return lines
}

/**
 * The Markdown for the PR comment and the job summary: verdict, baseline
 * comparison, metrics with status, the worst endpoints, error types and one
 * line of configuration.
 */
export function renderSummary(doc: RunDocument, options: { reportLink?: string } = {}): string {
  const sections = [
    headline(doc),
    baselineSection(doc),
    partialSection(doc),
    journeysSection(doc),
    driftSection(doc),
    checksSection(doc),
    resourcesSection(doc),
    endpointsSection(doc),
    errorsSection(doc),
    [configLine(doc, options.reportLink)]
  ]
  const md = sections.flat().join('\n') + '\n'
  return md.length > MAX_SUMMARY_CHARS
    ? md.slice(0, MAX_SUMMARY_CHARS - 80) + '\n\n… (truncated; see the full report)\n'
    : md
}

/** Journeys and failing checks come first after the verdict: what users did, and what they did not get. */
/** A soak's drift: its last window against its first, each with its interval and status. */
function driftSection(doc: RunDocument): string[] {
  if (!doc.drift) return []
  const rows = driftRows(doc.drift)
  return [
    '**Drift** (last window against the first)',
    '',
    ...(rows.length
      ? table(
          ['Drift', 'First', 'Last', 'Change (95% interval)', 'Warning / critical', 'Status'],
          rows.map((r) => [
            r.label,
            r.first,
            r.last,
            r.change,
            r.bands,
            `${STATUS_ICON[r.status]} ${r.status}`
          ]),
          10,
          'drifts'
        )
      : []),
    '',
    `<sub>${cell(driftMethod(doc.drift))}</sub>`,
    ''
  ]
}

function journeysSection(doc: RunDocument): string[] {
  const rows = journeyRows(doc)
  const checks = checkLines(doc)
  if (rows.length === 0 && checks.length === 0) return []
  const out: string[] = []
  if (rows.length > 0) {
    const [header, ...body] = rows
    out.push(
      ...table(
        header,
        body.map((r) => r.map(cell)),
        MAX_ENDPOINT_ROWS,
        'journeys'
      ),
      '',
      `<sub>${cell(JOURNEY_DURATION_NOTE)}</sub>`,
      '',
      ...onceFailureLines(doc).flatMap((l) => [`⚠️ ${cell(l)}`, ''])
    )
  }
  if (checks.length > 0) {
    const status = answerCheckStatus(doc.outcome, doc.checks!.failed)
    out.push(`${STATUS_ICON[status]} ${cell(checks[0])}`, '')
    for (const line of checks.slice(1)) out.push(`- ${cell(line.trim())}`)
    if (checks.length > 1) out.push('')
  }
  return out
}

const AB_ICON = { regression: '📉', improvement: '📈', no_change: '✅', inconclusive: '❔' } as const

function headline(doc: RunDocument): string[] {
  const cmp = doc.baseline?.comparison
  // an A/B run is read by its comparison first; the exit verdict follows it
  const verdict =
    doc.mode === 'ab' && cmp
      ? `${AB_ICON[cmp.verdict]} **${comparisonVerdictText(cmp.verdict)}** (B against A; exit verdict ${doc.verdict.toUpperCase()})`
      : doc.verdict === 'fail' && doc.outcome.exit_code === 0
        ? `${VERDICT_LINE.fail} (${doc.outcome.summary})`
        : VERDICT_LINE[doc.verdict]
  return [
    `### ${verdict} · ${cell(doc.service)} ${runKind(doc.mode)}`,
    '',
    `${formatCount(doc.total_requests)} requests in ${formatRunLength(doc.total_duration)} · ` +
      `${formatRps(doc.requests_per_second)} · p95 ${formatSeconds(doc.p95_response_time)} · ` +
      `errors ${formatPercent(doc.error_rate)}`,
    '',
    ...(pacingSentence(doc) ? [cell(pacingSentence(doc)!), ''] : []),
    ...runWarnings(doc).flatMap((w) => ['> [!WARNING]', `> ${cell(w)}`, ''])
  ]
}

const CHANGE_WORD = {
  regression: '📉 regression',
  improvement: '📈 improvement',
  no_change: 'no change beyond the tolerance',
  inconclusive: '❔ inconclusive'
} as const

function baselineSection(doc: RunDocument): string[] {
  if (!doc.baseline) return []
  const { run, comparison: cmp } = doc.baseline
  const ab = doc.mode === 'ab'
  return [
    `**${ab ? 'B against A' : 'Against the baseline'}** (${cell(run)}): ${CHANGE_WORD[cmp.verdict]}`,
    '',
    ...table(
      [
        'Metric',
        ab ? 'A' : 'Baseline',
        ab ? 'B' : 'Current',
        'Change (95% interval)',
        'Tolerance',
        'Verdict'
      ],
      comparisonRows(cmp.metrics).map((m) => [
        m.metric,
        m.baseline,
        m.current,
        m.change,
        m.tolerance,
        m.verdict
      ]),
      10,
      'metrics'
    ),
    ...(cmp.warnings ?? []).map((w) => `> ⚠️ ${cell(w)}`),
    '',
    `<sub>${cell(comparisonMethod(cmp))} Fails the run on: ${doc.baseline.fail_on_regression}.</sub>`,
    ''
  ]
}

function partialSection(doc: RunDocument): string[] {
  if (doc.threshold_abort)
    return [`> [!CAUTION]`, `> Run stopped, the gate failed: ${cell(doc.abort_reason ?? '')}`, '']
  if (!doc.partial) return []
  return [`> [!WARNING]`, `> Partial results: ${cell(doc.abort_reason ?? 'the run was stopped')}`, '']
}

function checksSection(doc: RunDocument): string[] {
  const rows = documentChecks(doc).map(({ ch, scope }) => {
    const b = bandTexts(ch)
    return [
      cell(ch.label),
      cell(scope),
      checkValueText(ch),
      b.good,
      b.warning,
      b.critical,
      `${STATUS_ICON[ch.status]} ${checkStatusText(ch)}`
    ]
  })
  return [
    ...(doc.mode === 'ab' ? [`<sub>${cell(abThresholdNote(doc.fail_on))}</sub>`, ''] : []),
    ...table(['Metric', 'Scope', 'Value', 'Good', 'Warning', 'Critical', 'Status'], rows, 50, 'checks'),
    ''
  ]
}

/** The service's own memory and CPU (`--start`, `--watch-pid`), when it was watched. */
function resourcesSection(doc: RunDocument): string[] {
  const lines = resourceLines(doc.resources)
  if (lines.length === 0) return []
  return ['**Service resources**', '', ...lines.map((l) => `- ${cell(l)}`), '']
}

const STATUS_RANK = { critical: 2, warning: 1, good: 0 } as const

function endpointsSection(doc: RunDocument): string[] {
  if (doc.per_endpoint.length === 0) return []
  // worst first: by status, then error rate, then p95
  const endpoints = doc.per_endpoint
    .map((ep) => ({ ep, status: endpointStatus(doc, ep) }))
    .sort(
      (a, b) =>
        STATUS_RANK[b.status] - STATUS_RANK[a.status] ||
        b.ep.error_rate - a.ep.error_rate ||
        b.ep.p95_response_time - a.ep.p95_response_time
    )
  const rows = endpoints.map(({ ep, status }) => [
    cell(ep.endpoint),
    formatCount(ep.total_requests),
    formatRps(ep.requests_per_second),
    formatSeconds(ep.p95_response_time),
    formatSeconds(ep.p99_response_time),
    errorRateText(ep),
    `${STATUS_ICON[status]} ${status}`
  ])
  return [
    '<details><summary>Endpoints, worst first</summary>',
    '',
    ...table(
      ['Endpoint', 'Requests', 'RPS', 'p95', 'p99', 'Error rate', 'Status'],
      rows,
      MAX_ENDPOINT_ROWS,
      'endpoints'
    ),
    '',
    '</details>',
    ''
  ]
}

function errorsSection(doc: RunDocument): string[] {
  if (doc.error_messages.length === 0) return []
  const rows = doc.error_messages.map((e) => [cell(e.type), cell(e.message), formatCount(e.count)])
  return [...table(['Error type', 'Message', 'Count'], rows, MAX_ERROR_ROWS, 'error messages'), '']
}

function configLine(doc: RunDocument, reportLink: string | undefined): string {
  const c = doc.config
  return (
    `<sub>${cell(c.service)} at ${cell(c.base_url)} · ` +
    (c.max_users
      ? `up to ${formatUsers(c.max_users)} in ${c.steps} steps over ${formatRunLength(c.ramp_up ?? c.duration)}`
      : `${usersUsed(c.users, doc.rate)} · ${formatRunLength(c.duration)}`) +
    `${c.rps ? ` · ${c.rps} req/s paced` : ''}${c.workers ? ` · ${c.workers} workers` : ''}${c.warmup ? ` · ${c.warmup} s warm-up` : ''} · timeout ${c.timeout} s · fail on ${c.fail_on}` +
    ` · ${cell(csvSentence(c.csv))}` +
    provenanceText(doc) +
    `${reportLink ? ` · [full report](${reportLink})` : ''} · perf-gate</sub>`
  )
}

/** ` · abc1234 on main · [CI run](…)`: which code this was, and where its job's log is. */
function provenanceText(doc: RunDocument): string {
  const code = codeText(doc.provenance)
  const url = doc.provenance?.run_url
  // a document read back may come from anywhere: only a plain http(s) URL becomes a link
  const link = url && /^https?:\/\/[^\s()<>[\]]+$/.test(url) ? ` · [CI run](${url})` : ''
  return (code ? ` · ${cell(code)}` : '') + link
}
