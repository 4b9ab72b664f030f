import type { Shard } from '../../config/shard.js'
import type { Metrics } from '../../metrics/types.js'
import type { RunDocument } from '../run-document.js'
import {
  formatCount,
  formatLimit,
  formatPercent,
  formatRunLength,
  formatSeconds,
  formatValue
} from './numbers.js'
import type { ThresholdAbort } from '../../config/abort-after.js'
import { sampleEvery, type CsvChoice } from '../../config/csv-choice.js'
import { formatDuration } from '../../config/units.js'

/** What a run's figures come with, said the same way wherever they are shown. */

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
  const [what, went] = r.paces === 'journeys' ? ['journeys', 'started'] : ['requests', 'sent']
  const atEnd = r.dropped_at_end
    ? `${formatCount(r.dropped_at_end)} of them still waiting when the run ended, not counted as ${what}`
    : ''
  return (
    `Paced at ${formatCount(r.target_rps)} ${r.paces === 'journeys' ? 'journeys' : 'req'}/s: ${formatCount(sent)} of ${formatCount(due)} due ${what} ${went}${share(sent)}, ` +
    `${formatCount(r.late_requests)} late${share(r.late_requests)}, ${formatCount(r.dropped_requests)} dropped${share(r.dropped_requests, atEnd)}; ` +
    `${formatCount(r.users_reached)} ${r.users_reached === 1 ? 'connection' : 'connections'} used of at most ${formatCount(r.max_users)}. ` +
    (r.paces === 'journeys'
      ? `A journey's first step counts from its due time, each later step from when its user was due to send it (coordinated omission corrected); `
      : `Response times count from each request's due time (coordinated omission corrected); `) +
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
    outageSentence(doc),
    recordingSentence(doc)
  ].filter((s): s is string => s !== undefined)
}

/** A run kept as histograms says where its percentiles come from, and how far they can be off. */
function recordingSentence(doc: Pick<RunDocument, 'recording'>): string | undefined {
  if (!doc.recording) return undefined
  return `Recorded as histograms (--record histograms): ${doc.recording.note}.`
}

/** A load test cut short by its data (a stress ramp says so with its stages). */
function endedEarlySentence(
  doc: Pick<RunDocument, 'mode' | 'stopped_early' | 'total_duration' | 'config'>
): string | undefined {
  if ((doc.mode !== 'load' && doc.mode !== 'soak') || !doc.stopped_early) return undefined
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

/**
 * What results.csv holds, said in every view (the terminal's file list,
 * summary.md, report.html): a file of errors only must not be read as a run
 * without successes.
 */
export function csvSentence(choice: string | undefined): string {
  return `results.csv: ${csvRows(choice)}`
}

/** The rows of results.csv under a choice: `a row per failed request only (csv errors)`. */
export function csvRows(choice: string | undefined): string {
  const c = (choice ?? 'all') as CsvChoice | 'mixed'
  if (c === 'all') return 'a row per request (csv all)'
  if (c === 'errors') return 'a row per failed request only (csv errors)'
  if (c === 'none') return 'its header only, no rows (csv none)'
  if (c === 'mixed') return "each shard's rows as its own csv choice kept them"
  return `a row per failed request and one in ${formatCount(sampleEvery(c) ?? 1)} of the others (csv ${c})`
}

/**
 * The sentence of a run stopped by `abort_after`: which threshold, since
 * when (wall clock and second of the run), and its last second's value. It
 * is the run's `abort_reason`, so every view that says why a run stopped says it.
 */
export function thresholdAbortSentence(a: ThresholdAbort): string {
  const scope = a.scope === 'overall' ? '' : ` of ${a.scope}`
  const side = a.side ? ` on side ${a.side}` : ''
  const band = `${a.higher_is_better ? '≤' : '≥'} ${formatLimit(a.critical, a.unit)}`
  return (
    `thresholds.${a.threshold}.abort_after (${formatDuration(a.abort_after)})${scope}: ` +
    `${a.label}${side} was critical (${band}) every second since ${a.since.slice(11, 19)} UTC (second ${a.since_second} of the run); ` +
    `stopped at second ${a.at_second}, its last second at ${formatValue(a.value, a.unit)}`
  )
}
