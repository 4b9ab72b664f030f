import { VERSION } from '../../version.js'
import { documentChecks } from '../document-checks.js'
import type { Thresholds } from '../../config/thresholds.js'
import { stageStatus } from '../../gate/breaking-point.js'
import type { Status } from '../../gate/evaluate.js'
import { bandTexts, checkStatusText, checkValueText } from '../format/check-texts.js'
import {
  formatCount,
  formatPercent,
  formatRps,
  formatSeconds,
  formatRunLength,
  formatUsers
} from '../format/numbers.js'
import { codeText, runKind, usersUsed } from '../format/run-description.js'
import { csvRows, runWarnings, pacingSentence } from '../format/sentences.js'
import { resourceLines } from '../format/resource-lines.js'
import type { RunDocument } from '../run-document.js'
import { endpointStatus } from '../status.js'
import { errorRateText, statusCodeLabel } from '../error-breakdown.js'
import { charts, type ChartView } from './report-charts.js'
import { abView, type AbView } from './ab-view.js'
import { baselineView, type BaselineView } from './baseline-view.js'
import { configRows } from './config-rows.js'
import { journeyView, type JourneyView } from './journey-view.js'
import { driftView, type DriftView } from './drift-view.js'

/**
 * Everything report.html shows, formatted: the template holds no logic and
 * reads only these names (a test walks the template against a full view).
 */
export interface ReportView extends AbView, BaselineView, JourneyView, DriftView {
  version: string
  service: string
  mode: string
  verdict: RunDocument['verdict']
  verdictText: string
  started: string
  durationText: string
  usersText: string
  baseUrl: string
  /** the commit (short) and branch the run measured, when recorded: `abc1234 on main` */
  codeText: string
  partial: boolean
  /** what the partial notice leads with: partial results, or a run stopped by abort_after */
  partialTitle: string
  abortReason: string
  /** what results.csv holds (`--csv`), for the footer's file links */
  csvText: string
  failOn: string
  cards: { label: string; value: string }[]
  checks: CheckRow[]
  charts: ChartView[]
  endpoints: EndpointRow[]
  hasErrors: boolean
  errors: { type: string; message: string; count: string }[]
  statusCodes: { code: string; count: string; share: string }[]
  config: { key: string; value: string }[]
  hasStages: boolean
  stages: StageRow[]
  stageNote: string
  /** paced runs: the rate and what the response times count from */
  pacingNote: string
  /** what the figures come with: a saturated generator, unverified TLS, an outage */
  warnings: string[]
  /** the service's own memory and CPU (`--start`, `--watch-pid`), in words */
  hasResources: boolean
  resourceLines: string[]
}

export interface CheckRow {
  label: string
  scope: string
  value: string
  good: string
  warning: string
  critical: string
  status: Status
  /** the status in words, with a too-small sample said */
  statusText: string
}

/** The figures an endpoint row and a stage row both show, formatted. */
interface TrafficFigures {
  requests: string
  rps: string
  p50: string
  p95: string
  p99: string
  errorRate: string
  status: Status
}

export interface EndpointRow extends TrafficFigures {
  endpoint: string
}

export interface StageRow extends TrafficFigures {
  users: number
  duration: string
  statusText: string
}

export function reportView(doc: RunDocument): ReportView {
  const c = doc.config
  return {
    version: VERSION,
    service: doc.service,
    mode: runKind(doc.mode),
    verdict: doc.verdict,
    verdictText: doc.verdict.toUpperCase(),
    started: doc.timestamp.replace('T', ' ').replace(/\.\d+Z$/, ' UTC'),
    durationText: c.ab
      ? `${formatDuration(doc.total_duration)} of load on each side, in ${c.ab.slice} s slices${c.ab.pairing === 'duet' ? ' side by side' : ''}`
      : `${formatDuration(doc.total_duration)}`,
    usersText: c.max_users
      ? `up to ${formatUsers(c.max_users)} in ${c.steps} steps`
      : usersUsed(c.users, doc.rate) + (c.ab ? ' on each side' : ''),
    baseUrl: c.base_url,
    codeText: codeText(doc.provenance),
    partial: doc.partial,
    partialTitle: doc.threshold_abort ? 'Run stopped, the gate failed.' : 'Partial results.',
    abortReason: doc.abort_reason ?? '',
    csvText: csvRows(c.csv),
    failOn: doc.fail_on,
    cards: sideCards(doc, [
      { label: 'Requests', value: formatCount(doc.total_requests) },
      { label: 'Throughput', value: formatRps(doc.requests_per_second) },
      { label: 'p50', value: formatSeconds(doc.median_response_time) },
      { label: 'p95', value: formatSeconds(doc.p95_response_time) },
      { label: 'p99', value: formatSeconds(doc.p99_response_time) },
      { label: 'Error rate', value: formatPercent(doc.error_rate) }
    ]),
    checks: checkRows(doc),
    charts: charts(doc),
    endpoints: endpointRows(doc),
    hasErrors: doc.error_messages.length > 0,
    errors: doc.error_messages.map((e) => ({
      type: e.type,
      message: e.message,
      count: formatCount(e.count)
    })),
    statusCodes: statusCodeRows(doc),
    config: configRows(doc),
    ...baselineView(doc),
    hasStages: Boolean(doc.stages?.length),
    stages: stageRows(doc),
    pacingNote: pacingSentence(doc) ?? '',
    warnings: runWarnings(doc),
    hasResources: doc.resources !== undefined,
    resourceLines: resourceLines(doc.resources),
    stageNote: [doc.stress_conclusion, doc.stopped_early ? `Ramp ended early: ${doc.stopped_early}.` : '']
      .filter(Boolean)
      .join(' '),
    ...abView(doc),
    ...journeyView(doc),
    ...driftView(doc)
  }
}

/** An A/B run's side says whose figures its cards are: the page shows both sides. */
function sideCards(doc: RunDocument, cards: ReportView['cards']): ReportView['cards'] {
  const side = doc.config.ab?.side
  return side ? cards.map((c) => ({ ...c, label: `${side} · ${c.label}` })) : cards
}

function checkRows(doc: RunDocument): CheckRow[] {
  return documentChecks(doc).map(({ ch, scope }) => ({
    label: ch.label,
    scope,
    value: checkValueText(ch),
    ...bandTexts(ch),
    status: ch.status,
    statusText: checkStatusText(ch)
  }))
}

function endpointRows(doc: RunDocument): EndpointRow[] {
  return doc.per_endpoint.map((ep) => ({
    endpoint: ep.endpoint,
    requests: formatCount(ep.total_requests),
    rps: formatRps(ep.requests_per_second),
    p50: formatSeconds(ep.median_response_time),
    p95: formatSeconds(ep.p95_response_time),
    p99: formatSeconds(ep.p99_response_time),
    errorRate: errorRateText(ep),
    status: endpointStatus(doc, ep)
  }))
}

function statusCodeRows(doc: RunDocument): ReportView['statusCodes'] {
  const total = doc.total_requests
  const share = (count: number): string => formatPercent((100 * count) / Math.max(1, total))
  const rows = Object.entries(doc.status_codes)
    .sort(([a], [b]) => Number(a) - Number(b))
    .map(([code, count]) => ({ code: statusCodeLabel(code), count: formatCount(count), share: share(count) }))
  const unanswered = noAnswer(doc)
  if (unanswered > 0)
    rows.push({ code: 'no answer', count: formatCount(unanswered), share: share(unanswered) })
  return rows
}

function stageRows(doc: RunDocument): StageRow[] {
  const thresholds = thresholdsOf(doc)
  return (doc.stages ?? []).map((s) => {
    const status = stageStatus(s, thresholds)
    const broke = doc.breaking_point?.stage === s.stage
    return {
      users: s.users,
      duration: `${+s.duration.toFixed(1)} s`,
      requests: formatCount(s.requests),
      rps: formatRps(s.rps),
      p50: formatSeconds(s.p50),
      p95: formatSeconds(s.p95),
      p99: formatSeconds(s.p99),
      errorRate: formatPercent(s.error_rate),
      status: s.generator_bound ? 'warning' : status,
      statusText: s.generator_bound ? 'generator saturated' : broke ? `${status} · breaking point` : status
    }
  })
}

/** The bands of metrics.json's checks, as the gate's Thresholds. */
function thresholdsOf(doc: RunDocument): Thresholds {
  return Object.fromEntries(
    Object.entries(doc.thresholds).map(([k, c]) => [k, { warning: c.warning, critical: c.critical }])
  )
}

/** Requests that ended without an HTTP status (timeouts, connection errors). */
function noAnswer(doc: RunDocument): number {
  return doc.total_requests - Object.values(doc.status_codes).reduce((a, b) => a + b, 0)
}

function formatDuration(s: number): string {
  if (s < 120) return formatRunLength(s)
  const m = Math.floor(s / 60)
  return `${m} min ${Math.round(s - m * 60)} s`
}
