import type { Shard } from '../config/shard.js'
import { regressionFails, type MetricComparison } from '../gate/compare.js'
import type { BaselineView, RunDocument } from './run-document.js'
import type { Status, ThresholdCheck } from '../gate/evaluate.js'
import { formatDuration } from '../config/units.js'
import type { RunSettings, RunMode } from '../engine/result.js'
import type { ThresholdUnit } from '../config/thresholds.js'
import { COMPARED_METRIC_VIEW, type ComparedMetric } from '../config/regression.js'
import type { Metrics } from '../metrics/types.js'
import { MIN_WINDOWS } from '../metrics/bootstrap.js'

/** Human formatting shared by the terminal, HTML and Markdown outputs. */

export function formatSeconds(s: number): string {
  if (s === 0) return '0 ms'
  if (s < 0.001) return `${(s * 1000).toFixed(3)} ms`
  if (s < 1) return `${(s * 1000).toFixed(s < 0.01 ? 2 : 1)} ms`
  return `${s.toFixed(s < 10 ? 2 : 1)} s`
}

/** `1 user`, `10 users`. */
export function formatUsers(n: number): string {
  return `${formatCount(n)} ${n === 1 ? 'user' : 'users'}`
}

/** A run length as users wrote it: `60 s` up to two minutes, then `5m`, `1h30m`. */
export function formatRunLength(seconds: number): string {
  // a measured length (an A/B side's active time) is shown to the tenth, not to the millisecond
  // under a second, two significant digits: a run cut short after 41 ms is not "0 s"
  if (seconds < 1) return `${seconds > 0 ? +seconds.toPrecision(2) : 0} s`
  return seconds < 120 ? `${+seconds.toFixed(1)} s` : formatDuration(seconds)
}

const KIND: Record<RunMode, string> = { load: 'load test', stress: 'stress test', ab: 'A/B test' }

/** What a run was, in words every view uses: `load test`, `stress test`, `A/B test`. */
export function runKind(mode: RunMode): string {
  return KIND[mode] ?? `${mode} test`
}

/** What a run does, in one phrase: `10 users for 60 s` or `up to 100 users in 10 steps over 5m`. */
export function describeRun(mode: RunMode, s: RunSettings): string {
  const rate = s.rps
    ? `, ${formatCount(s.rps)} req/s paced${s.maxUsers && s.maxUsers > s.users ? ` (up to ${formatUsers(s.maxUsers)} if the target slows)` : ''}`
    : ''
  if (mode === 'stress' && s.stress) {
    const cap = s.rps ? `, at most ${formatCount(s.rps)} req/s` : ''
    return `users rise to ${formatUsers(s.stress.maxUsers)} in ${s.stress.steps} steps over ${formatRunLength(s.stress.rampUp)}${cap}${onWorkers(s)}`
  }
  if (mode === 'ab')
    return `${formatUsers(s.users)} on each side${s.ab ? ` in ${formatRunLength(s.ab.slice)} slices` : ''}, ${formatRunLength(s.duration)} of load on each${rate}`
  return `${formatUsers(s.users)} for ${formatRunLength(s.duration)}${rate}${onWorkers(s)}`
}

function onWorkers(s: RunSettings): string {
  return (
    (s.workers ? ` on ${s.workers} worker threads` : '') +
    (s.warmup ? `, after a ${formatRunLength(s.warmup)} warm-up` : '')
  )
}

/** Users as a run's settings and (when a paced run opened more) its rate block say. */
export function usersUsed(users: number, rate: Pick<Metrics, 'rate'>['rate']): string {
  return rate && rate.users_reached > users
    ? `${formatUsers(users)}, grew to ${formatCount(rate.users_reached)}`
    : formatUsers(users)
}

/**
 * What a paced run did with its rate, and what its response times count
 * from; the same sentence in the terminal, report.html and summary.md.
 */
export function pacingSentence(m: Pick<Metrics, 'rate' | 'service_time'>): string | undefined {
  if (!m.rate || !m.service_time) return undefined
  const r = m.rate
  const st = m.service_time
  const due = r.due_requests
  // counts, not a second throughput: the headline's req/s is the run's one throughput
  const pct = (n: number): string => (due ? formatPercent((n / due) * 100) : '')
  const share = (n: number, more = ''): string =>
    due || more ? ` (${[pct(n), more].filter(Boolean).join('; ')})` : ''
  const sent = due - r.dropped_requests
  const atEnd = r.dropped_at_end
    ? `${formatCount(r.dropped_at_end)} of them still waiting when the run ended, not counted as requests`
    : ''
  return (
    `Paced at ${formatCount(r.target_rps)} req/s: ${formatCount(sent)} of ${formatCount(due)} due requests sent${share(sent)}, ` +
    `${formatCount(r.late_requests)} late${share(r.late_requests)}, ${formatCount(r.dropped_requests)} dropped${share(r.dropped_requests, atEnd)}; ` +
    `${formatCount(r.users_reached)} ${r.users_reached === 1 ? 'connection' : 'connections'} used of at most ${formatCount(r.max_users)}. ` +
    `Response times count from each request's due time (coordinated omission corrected); ` +
    `from the actual send (service time) p50 ${formatSeconds(st.median_response_time)}, ` +
    `p99 ${formatSeconds(st.p99_response_time)}.`
  )
}

/**
 * A load test whose generator ran out of CPU or event loop measured the
 * generator as much as the service; said wherever the figures are shown.
 */
export function generatorSentence(m: Pick<Metrics, 'generator' | 'rate'>): string | undefined {
  const g = m.generator
  if (!g?.saturated) return undefined
  const main = g.main_thread_cpu_percent
  const where =
    main === undefined
      ? `CPU ${g.cpu_percent}% of a core`
      : `busiest worker's CPU ${g.cpu_percent}% of a core, main thread's ${main}%`
  return (
    `The load generator was saturated (${where}, event-loop delay p99 ${g.event_loop_p99_ms} ms): ` +
    `${m.rate ? 'late requests' : 'throughput'} and response times include its own delay. ` +
    'Fewer users, a lower rate, or more generator capacity would measure the service alone.'
  )
}

/** Said wherever a run's figures are shown when the target was down for part of it. */
export function outageSentence(
  m: Pick<Metrics, 'unavailable_seconds' | 'total_duration'>
): string | undefined {
  if (!m.unavailable_seconds) return undefined
  return (
    `The target refused every connection for ${m.unavailable_seconds} s of the ${formatRunLength(m.total_duration)} run ` +
    '(connection_refused): an outage, which the error rate understates (attempts are backed off, not repeated thousands of times a second).'
  )
}

/** Said wherever a run's figures are shown when its https target was not verified. */
export function tlsSentence(doc: { config: { base_url: string; tls_insecure?: true } }): string | undefined {
  if (!doc.config.tls_insecure) return undefined
  return `The certificate of ${doc.config.base_url} was not verified (--insecure, tls.insecure or input insecure): the requests, and their credentials, may have gone to another server.`
}

/** Every warning a run's figures come with, in the order each view says them. */
export function runWarnings(doc: RunDocument): string[] {
  return [
    shardSentence(doc),
    endedEarlySentence(doc),
    generatorSentence(doc),
    tlsSentence(doc),
    outageSentence(doc)
  ].filter((s): s is string => s !== undefined)
}

/** A load test cut short by its data (a stress ramp says so with its stages). */
function endedEarlySentence(
  doc: Pick<RunDocument, 'mode' | 'stopped_early' | 'total_duration' | 'config'>
): string | undefined {
  if (doc.mode !== 'load' || !doc.stopped_early) return undefined
  return `The load ended after ${formatRunLength(doc.total_duration)} of the ${formatRunLength(doc.config.duration)} asked for: ${doc.stopped_early}`
}

/** A shard's run, or a merged one, says so: its figures are not those of one whole run. */
function shardSentence(doc: Pick<RunDocument, 'config'>): string | undefined {
  const shard = doc.config.shard
  if (!shard) return undefined
  if (shard.startsWith('merged '))
    return `Merged from ${shard.slice(7).replace('/', ' of ')} shards run at once on several machines: the figures are of all their requests together`
  return `Shard ${shard} of a test: this machine's share of its users and rate (the throughput bands are its share too); perf-gate merge adds the shards up`
}

/**
 * Why a run's verdict is what it is, in a few words: its fail-on, and the
 * baseline comparison when that is what failed it.
 */
export function verdictReason(doc: { fail_on: string; baseline?: BaselineView }): string {
  const b = doc.baseline
  if (!b || !regressionFails(b.comparison, b.fail_on_regression)) return `fail-on ${doc.fail_on}`
  const what = b.comparison.metrics.some((m) => m.verdict === 'regression') ? 'regression' : 'inconclusive'
  return `fail-on ${doc.fail_on}; against the baseline: ${what}, fail-on-regression ${b.fail_on_regression}`
}

/** A time to two significant digits, for axis labels: `0.4 ms`, `1.3 ms`, `25 ms`, `1.6 s`. */
export function formatSecondsRounded(s: number): string {
  if (s === 0) return '0 ms'
  const [v, unit] = s < 1 ? [s * 1000, 'ms'] : [s, 's']
  return `${+v.toPrecision(2)} ${unit}`
}

export function formatPercent(p: number): string {
  return `${p.toFixed(p !== 0 && p < 0.1 ? 3 : 2)}%`
}

/** Always one decimal (two below 10 req/s), so figures side by side line up: `349.0 req/s`, `341.3 req/s`. */
export function formatRps(r: number): string {
  const digits = r < 10 ? 2 : 1
  return `${r.toLocaleString('en-US', { minimumFractionDigits: digits, maximumFractionDigits: digits })} req/s`
}

export function formatCount(n: number): string {
  return n.toLocaleString('en-US')
}

export function formatValue(value: number, unit: ThresholdUnit): string {
  return unit === 'seconds'
    ? formatSeconds(value)
    : unit === 'percent'
      ? formatPercent(value)
      : formatRps(value)
}

/** A limit as written in a threshold table: `1 s`, `5%`, `10`. */
export function formatLimit(value: number, unit: ThresholdUnit): string {
  if (unit === 'seconds')
    return value >= 1 || value === 0 ? `${+value.toFixed(3)} s` : `${+(value * 1000).toFixed(3)} ms`
  if (unit === 'percent') return `${+value.toFixed(4)}%`
  return (+value.toFixed(2)).toLocaleString('en-US', { maximumFractionDigits: 2 })
}

/** The three bands of a check as text: good, warning, critical. */
export function bandTexts(c: Pick<ThresholdCheck, 'warning' | 'critical' | 'unit' | 'higher_is_better'>): {
  good: string
  warning: string
  critical: string
} {
  const w = formatLimit(c.warning, c.unit)
  const k = formatLimit(c.critical, c.unit)
  return c.higher_is_better
    ? { good: `> ${w}`, warning: `> ${k}`, critical: `≤ ${k}` }
    : { good: `< ${w}`, warning: `< ${k}`, critical: `≥ ${k}` }
}

export const STATUS_ICON: Record<Status, string> = { good: '✅', warning: '⚠️', critical: '❌' }

/** A check's status as every view words it: `warning, not enough requests (15 of 20)` when its sample was too small. */
export function checkStatusText(
  c: Pick<ThresholdCheck, 'status' | 'requests' | 'not_enough_requests'>
): string {
  const few = c.not_enough_requests
  return few
    ? `${c.status}, not enough requests (${formatCount(c.requests)} of ${formatCount(few.min)})`
    : c.status
}

/** A compared metric as every view shows it. */
export interface ComparisonRow {
  metric: string
  baseline: string
  current: string
  /** the change and its 95% interval: `+23.0% (+15.0% … +31.0%)` */
  change: string
  /** the tolerance either way: `±10%`, `±0.5 pp` */
  tolerance: string
  /** with, when inconclusive, what would decide */
  verdict: string
}

/** What the rows are made from: a comparison's metrics. */
export type ComparedFigures = Omit<MetricComparison, 'metric' | 'verdict'> & {
  metric: string
  verdict: string
}

/**
 * One row per compared metric, formatted the same way in the terminal,
 * report.html, summary.md and junit.xml: times in ms or s, throughput in req/s.
 */
export function comparisonRows(metrics: readonly ComparedFigures[]): ComparisonRow[] {
  return metrics.map((m) => {
    const def = COMPARED_METRIC_VIEW[m.metric as ComparedMetric] as
      (typeof COMPARED_METRIC_VIEW)[ComparedMetric] | undefined
    const format = (v: number): string => (def ? formatValue(v, def.unit) : String(v))
    const points = m.metric === 'error_rate'
    return {
      metric: def?.label ?? m.metric,
      baseline: format(m.baseline),
      current: format(m.current),
      change:
        m.ci_low === null || m.ci_high === null
          ? `${changeText(points, m.change)} (too few windows for an interval)`
          : `${changeText(points, m.change)} (${changeText(points, m.ci_low)} … ${changeText(points, m.ci_high)})`,
      tolerance: points ? `±${+m.tolerance.toFixed(2)} pp` : `±${+(m.tolerance * 100).toFixed(1)}%`,
      verdict: verdictText(m)
    }
  })
}

/** How the changes were judged, in one sentence every view shows under its table. */
export function comparisonMethod(c: {
  method: 'block_bootstrap' | 'paired_slices'
  level: number
  windows: { baseline: number; current: number }
}): string {
  const pct = Math.round(c.level * 100)
  const from =
    c.method === 'paired_slices'
      ? `${c.windows.baseline} pairs of A/B slices (paired bootstrap)`
      : `per-second figures, ${c.windows.baseline} s and ${c.windows.current} s (${
          Math.min(c.windows.baseline, c.windows.current) < MIN_WINDOWS
            ? 'few seconds: Welch t interval, widened for seconds that move together'
            : 'block bootstrap; latency a 10%-trimmed mean of the seconds'
        })`
  return `Change with its ${pct}% interval from ${from}; a change counts only when its whole interval lies beyond the tolerance.`
}

/** A change as a signed percent, or signed points for the error rate. */
export function changeText(points: boolean, v: number): string {
  const sign = v >= 0 ? '+' : '−'
  return points ? `${sign}${Math.abs(v).toFixed(2)} pp` : `${sign}${Math.abs(v * 100).toFixed(1)}%`
}

function verdictText(m: Pick<ComparedFigures, 'verdict' | 'seconds_to_decide'>): string {
  const word = m.verdict.replace('_', ' ')
  if (m.verdict !== 'inconclusive' || m.seconds_to_decide === undefined) return word
  if (m.seconds_to_decide === null) return `${word}: the change sits at the tolerance`
  // said as the setting to change: "about 11 s would decide" read as "1 s short" beside a 10 s run
  const s = m.seconds_to_decide
  const flag = s < 120 ? String(s) : formatDuration(s)
  return `${word}: a run of about ${formatRunLength(s)} would decide (--duration ${flag} or more)`
}

/** What a shard runs, and when its load starts. */
export function shardLine(shard: Shard, startAt: Date | undefined, now = Date.now()): string {
  const share = `perf-gate: shard ${shard.index}/${shard.of}: this machine runs its share of the users and rate; \`perf-gate merge\` adds the shards up`
  if (!startAt) return share
  const wait = Math.round((startAt.getTime() - now) / 1000)
  return (
    share +
    (wait > 0
      ? `; the load starts at ${startAt.toISOString()} (in ${wait} s)`
      : `; ⚠ its start time ${startAt.toISOString()} passed ${-wait} s ago: starting now, out of step with the other shards`)
  )
}

/**
 * An A/B run's thresholds are B's, and by default they gate nothing (`ab`
 * is judged by the comparison): every view says which, so a critical status
 * next to exit 0 is not read as a silent gate.
 */
export function abThresholdNote(failOn: string): string {
  return failOn === 'never'
    ? "B's thresholds, for information: an A/B run is judged by the comparison (--fail-on never, the default for ab; --fail-on critical or warning makes them gate too)."
    : `B's thresholds also gate this run (--fail-on ${failOn}).`
}

/** An A/B comparison's verdict as the badge and headlines name it: `REGRESSION`, `NO CHANGE`. */
export function comparisonVerdictText(verdict: string): string {
  return verdict.replace('_', ' ').toUpperCase()
}
