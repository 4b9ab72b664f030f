import { VERSION } from '../../version.js'
import { barChart, lineChart, type ThresholdLine } from '../charts/svg-chart.js'
import { downsample } from '../charts/downsample.js'
import {
  bandTexts,
  comparisonRows,
  formatCount,
  formatLimit,
  formatPercent,
  formatRps,
  formatSeconds,
  formatSecondsRounded,
  formatUsers,
  formatValue
} from '../format.js'
import type { RunDocument } from '../run-document.js'
import { endpointStatus } from '../status.js'
import { stageStatus } from '../../gate/breaking-point.js'
import type { Thresholds } from '../../config/thresholds.js'

/** The bands of metrics.json's checks, as the gate's Thresholds. */
function thresholdsOf(doc: RunDocument): Thresholds {
  return Object.fromEntries(
    Object.entries(doc.thresholds).map(([k, c]) => [k, { warning: c.warning, critical: c.critical }])
  )
}

/** Charts keep at most this many points per series; longer runs are downsampled. */
export const MAX_CHART_POINTS = 300

type Check = RunDocument['thresholds'][string]

function thresholdLines(check: Check | undefined, scale = 1): ThresholdLine[] {
  if (!check) return []
  return [
    {
      value: check.warning * scale,
      label: `warning ${formatLimit(check.warning, check.unit)}`,
      cls: 'threshold-warning'
    },
    {
      value: check.critical * scale,
      label: `critical ${formatLimit(check.critical, check.unit)}`,
      cls: 'threshold-critical'
    }
  ]
}

const secondsTick = (v: number): string => (v === 0 ? '0' : formatLimit(v, 'seconds'))
/** Runs over ten minutes are plotted in minutes, so the ticks land on round minutes. */
function elapsedAxis(doc: RunDocument): { scale: number; label: string; tick: (v: number) => string } {
  return doc.total_duration > 600
    ? { scale: 1 / 60, label: 'elapsed time (min)', tick: (v) => `${v}m` }
    : { scale: 1, label: 'elapsed time (s)', tick: (v) => `${v}s` }
}

export function charts(doc: RunDocument): { id: string; caption: string; svg: string }[] {
  const ts = doc.timeseries
  const t = elapsedAxis(doc)
  const pts = (f: (p: (typeof ts)[number]) => number): [number, number][] =>
    ts.map((p) => [p.second * t.scale, f(p)])
  const out = [
    {
      id: 'chart-latency',
      caption: 'Response time over time',
      svg: lineChart({
        title: 'Response time percentiles per second',
        xLabel: t.label,
        yLabel: 'response time',
        formatX: t.tick,
        formatY: secondsTick,
        series: [
          {
            name: 'p50',
            cls: 's1',
            points: downsample(
              pts((p) => p.p50_response_time),
              MAX_CHART_POINTS,
              'max'
            )
          },
          {
            name: 'p95',
            cls: 's2',
            points: downsample(
              pts((p) => p.p95_response_time),
              MAX_CHART_POINTS,
              'max'
            )
          },
          {
            name: 'p99',
            cls: 's3',
            points: downsample(
              pts((p) => p.p99_response_time),
              MAX_CHART_POINTS,
              'max'
            )
          }
        ],
        thresholds: thresholdLines(doc.thresholds.p95_response_time).map((t) => ({
          ...t,
          label: `p95 ${t.label}`
        }))
      })
    },
    {
      id: 'chart-throughput',
      caption: 'Requests per second',
      svg: lineChart({
        title: 'Completed requests per second',
        xLabel: t.label,
        yLabel: 'requests / s',
        formatX: t.tick,
        formatY: (v) => formatCount(v),
        series: [
          {
            name: 'req/s',
            cls: 's1',
            points: downsample(
              pts((p) => p.requests_per_second),
              MAX_CHART_POINTS,
              'mean'
            )
          }
        ],
        thresholds: thresholdLines(doc.thresholds.requests_per_second)
      })
    },
    {
      id: 'chart-errors',
      caption: 'Error rate over time',
      svg: lineChart({
        title: 'Failed requests per second, in percent of that second',
        xLabel: t.label,
        yLabel: 'error rate',
        formatX: t.tick,
        formatY: (v) => `${+v.toFixed(2)}%`,
        series: [
          {
            name: 'error rate',
            cls: 's2',
            points: downsample(
              pts((p) => (p.requests ? (100 * p.errors) / p.requests : 0)),
              MAX_CHART_POINTS,
              'max'
            )
          }
        ],
        thresholds: thresholdLines(doc.thresholds.error_rate)
      })
    },
    {
      id: 'chart-histogram',
      caption: 'Response time distribution',
      svg: barChart({
        title: 'Requests by response time (log-spaced buckets)',
        xLabel: 'response time (bucket start)',
        yLabel: 'requests',
        formatY: (v) => formatCount(v),
        bars: doc.latency_histogram.map((b) => ({
          label: formatSecondsRounded(b.from),
          value: b.count
        }))
      })
    }
  ]
  if (doc.stages && doc.stages.length > 0) out.push(...stageCharts(doc))
  return out
}

/** Users against throughput and against p95, with the breaking point marked. */
function stageCharts(doc: RunDocument): { id: string; caption: string; svg: string }[] {
  const stages = doc.stages!
  const bp = doc.breaking_point
  const at = bp ? stages.find((s) => s.stage === bp.stage) : undefined
  const marker = (y: number) => (at ? [{ x: at.users, y, label: `breaks at ${at.users} users` }] : [])
  return [
    {
      id: 'chart-users-rps',
      caption: 'Users vs throughput',
      svg: lineChart({
        title: 'Requests per second at each stage',
        xLabel: 'users',
        yLabel: 'requests / s',
        formatX: (v) => String(v),
        formatY: (v) => formatCount(v),
        series: [{ name: 'req/s', cls: 's1', points: stages.map((s) => [s.users, s.rps]) }],
        markers: at ? marker(at.rps) : []
      })
    },
    {
      id: 'chart-users-p95',
      caption: 'Users vs p95 response time',
      svg: lineChart({
        title: 'p95 response time at each stage',
        xLabel: 'users',
        yLabel: 'p95',
        formatX: (v) => String(v),
        formatY: secondsTick,
        series: [{ name: 'p95', cls: 's2', points: stages.map((s) => [s.users, s.p95]) }],
        thresholds: thresholdLines(doc.thresholds.p95_response_time),
        markers: at ? marker(at.p95) : []
      })
    }
  ]
}

/** Everything the template shows, formatted; the template itself holds no logic. */
export function reportView(doc: RunDocument): Record<string, unknown> {
  const c = doc.config
  const checks = [
    ...Object.entries(doc.thresholds).map(([, ch]) => ({ ch, scope: 'overall' })),
    ...doc.per_endpoint.flatMap((ep) =>
      Object.values(ep.thresholds ?? {}).map((ch) => ({ ch, scope: ep.endpoint }))
    )
  ]
  const total = doc.total_requests
  return {
    version: VERSION,
    service: doc.service,
    mode: doc.mode,
    verdict: doc.verdict,
    verdictText: doc.verdict.toUpperCase(),
    started: doc.timestamp.replace('T', ' ').replace(/\.\d+Z$/, ' UTC'),
    durationText: `${formatDuration(doc.total_duration)}`,
    usersText: c.max_users ? `up to ${formatUsers(c.max_users)} in ${c.steps} steps` : formatUsers(c.users),
    baseUrl: c.base_url,
    partial: doc.partial,
    abortReason: doc.abort_reason ?? '',
    failOn: doc.fail_on,
    cards: [
      { label: 'Requests', value: formatCount(total) },
      { label: 'Throughput', value: formatRps(doc.requests_per_second) },
      { label: 'p50', value: formatSeconds(doc.median_response_time) },
      { label: 'p95', value: formatSeconds(doc.p95_response_time) },
      { label: 'p99', value: formatSeconds(doc.p99_response_time) },
      { label: 'Error rate', value: formatPercent(doc.error_rate) }
    ],
    checks: checks.map(({ ch, scope }) => ({
      label: ch.label,
      scope,
      value: formatValue(ch.value, ch.unit),
      ...bandTexts(ch),
      status: ch.status
    })),
    charts: charts(doc),
    endpoints: doc.per_endpoint.map((ep) => {
      const status = endpointStatus(doc, ep)
      return {
        endpoint: ep.endpoint,
        requests: formatCount(ep.total_requests),
        rps: formatRps(ep.requests_per_second),
        p50: formatSeconds(ep.median_response_time),
        p95: formatSeconds(ep.p95_response_time),
        p99: formatSeconds(ep.p99_response_time),
        errorRate: formatPercent(ep.error_rate),
        status
      }
    }),
    hasErrors: doc.error_messages.length > 0,
    errors: doc.error_messages.map((e) => ({
      type: e.type,
      message: e.message,
      count: formatCount(e.count)
    })),
    statusCodes: Object.entries(doc.status_codes)
      .sort(([a], [b]) => Number(a) - Number(b))
      .map(([code, count]) => ({
        code,
        count: formatCount(count),
        share: formatPercent((100 * count) / Math.max(1, total))
      }))
      .concat(
        noAnswer(doc) > 0
          ? [
              {
                code: 'no answer',
                count: formatCount(noAnswer(doc)),
                share: formatPercent((100 * noAnswer(doc)) / total)
              }
            ]
          : []
      ),
    config: configRows(doc),
    ...baselineView(doc),
    hasStages: Boolean(doc.stages?.length),
    stages: (doc.stages ?? []).map((s) => {
      const status = stageStatus(s, thresholdsOf(doc))
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
    }),
    stageNote: [doc.stress_conclusion, doc.stopped_early ? `Ramp ended early: ${doc.stopped_early}.` : '']
      .filter(Boolean)
      .join(' ')
  }
}

/** Requests that ended without an HTTP status (timeouts, connection errors). */
function noAnswer(doc: RunDocument): number {
  return doc.total_requests - Object.values(doc.status_codes).reduce((a, b) => a + b, 0)
}

function formatDuration(s: number): string {
  if (s < 120) return `${+s.toFixed(1)} s`
  const m = Math.floor(s / 60)
  return `${m} min ${Math.round(s - m * 60)} s`
}

export function configRows(doc: RunDocument): { key: string; value: string }[] {
  const c = doc.config
  const rows = [
    { key: 'service', value: c.service },
    { key: 'base URL', value: c.base_url },
    { key: 'mode', value: c.mode },
    ...(c.max_users
      ? [
          { key: 'max users', value: String(c.max_users) },
          { key: 'ramp-up', value: `${c.ramp_up} s in ${c.steps} steps` },
          { key: 'stop on break', value: c.stop_on_break ? 'yes' : 'no (after two critical stages)' }
        ]
      : [
          { key: 'users', value: String(c.users) },
          { key: 'duration', value: `${c.duration} s` }
        ]),
    { key: 'rate cap', value: c.rps ? `${c.rps} req/s` : 'none' },
    { key: 'timeout', value: `${c.timeout} s` },
    { key: 'fail on', value: c.fail_on }
  ]
  for (const ep of c.endpoints) {
    const headers = Object.entries(ep.headers)
      .map(([k, v]) => `${k}: ${v}`)
      .join(', ')
    rows.push({
      key: `endpoint`,
      value: `${ep.endpoint} ×${ep.weight}${ep.has_body ? ' (with body)' : ''}${headers ? ` · ${headers}` : ''}`
    })
  }
  return rows
}

const CHANGE_STATUS = { regression: 'critical', improvement: 'good', no_change: 'good' } as const

function baselineView(doc: RunDocument): Record<string, unknown> {
  const b = doc.baseline
  if (!b) return { hasBaseline: false }
  const c = b.comparison
  return {
    hasBaseline: true,
    baselineRun: b.run,
    baselineVerdict: c.verdict.replace('_', ' '),
    baselineStatus: CHANGE_STATUS[c.verdict],
    baselineAlpha: c.alpha,
    baselineTolerance: `${c.tolerance * 100}%`,
    baselineWarnings: c.warnings ?? [],
    baselineRows: comparisonRows(c.metrics).map((row, i) => ({
      ...row,
      status: CHANGE_STATUS[c.metrics[i].verdict]
    }))
  }
}
