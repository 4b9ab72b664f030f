import { formatDuration } from '../../config/units.js'
import { COMPARED_METRIC_VIEW, type ComparedMetric } from '../../config/regression.js'
import type { Comparison, HistoryView, MetricComparison } from '../../gate/compare.js'
import { MIN_WINDOWS } from '../../metrics/bootstrap.js'
import { formatRunLength, formatValue } from './numbers.js'

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
      metric: `${def?.label ?? m.metric}${m.endpoint ? ` (${m.endpoint})` : ''}`,
      baseline: format(m.baseline),
      current: format(m.current),
      change:
        m.ci_low === null || m.ci_high === null
          ? `${changeText(points, m.change)} (too few windows for an interval)`
          : changeWithInterval(points, m.change, m.ci_low, m.ci_high),
      tolerance: points ? `±${+m.tolerance.toFixed(2)} pp` : `±${+(m.tolerance * 100).toFixed(1)}%`,
      verdict: verdictText(m)
    }
  })
}

/** How the changes were judged, in one sentence every view shows under its table. */
export function comparisonMethod(
  c: Pick<Comparison, 'method' | 'level' | 'windows' | 'step_level' | 'history' | 'looks'>
): string {
  const pct = +(c.level * 100).toFixed(2)
  if (c.method === 'run_history' && c.history)
    return `Change with its ${pct}% prediction interval from the spread of ${historyText(c.history)} (Student t over their figures; this run's own per-second noise is its floor); a change counts only when its whole interval lies beyond the tolerance, and a run inside the spread is no change when the spread is within the tolerance.`
  const from =
    c.method === 'paired_slices'
      ? `${c.windows.baseline} pairs of A/B slices (paired bootstrap)`
      : `per-second figures, ${c.windows.baseline} s and ${c.windows.current} s (${
          Math.min(c.windows.baseline, c.windows.current) < MIN_WINDOWS
            ? 'few seconds: Welch t interval, widened for seconds that move together'
            : 'block bootstrap; latency a 10%-trimmed mean of the seconds'
        })`
  const steps =
    c.step_level === undefined
      ? ''
      : ` Each journey step is judged alone at ${+(c.step_level * 100).toFixed(2)}% (Bonferroni over the steps); a step left inconclusive does not make the run so.`
  return `Change with its ${pct}% interval from ${from}; a change counts only when its whole interval lies beyond the tolerance.${steps}${looksText(c.looks)}`
}

/** A look's verdict as the progress lines say it. */
export function lookText(verdict: string): string {
  return verdict === 'inconclusive' ? 'inconclusive, going on' : `${verdict.replace('_', ' ')}, stopping here`
}

/** An A/B run's looks under --max-duration: how many of how many, and why it stopped. */
function looksText(l: Comparison['looks']): string {
  if (!l) return ''
  const why = {
    decided: 'it stopped there, decided',
    cap: 'it stopped at the cap (--max-duration), undecided',
    stopped: 'it was stopped early (a signal or a sustained breach)'
  }[l.stopped]
  return ` Looked ${l.made} of ${l.planned} times, each look's interval at its level of ${l.design} (${l.levels.map((v) => `${+(v * 100).toFixed(2)}%`).join(', ')}), so the looks together raise no more false alarms than one; ${why}.`
}

/** The runs a history baseline was made of: `10 earlier runs (a1b2c3d … e4f5a6b)`. */
export function historyText(h: HistoryView): string {
  const name = (r: HistoryView['first']): string => r.commit?.slice(0, 7) ?? r.run
  return `${h.runs} earlier runs (${name(h.first)} … ${name(h.last)})`
}

/** A size of change, unsigned: `14.3%`, or `0.52 pp` for the error rate (the smallest change a comparison could see). */
export function detectableText(points: boolean, v: number): string {
  return points ? `${v.toFixed(2)} pp` : `${(v * 100).toFixed(1)}%`
}

/** A change as a signed percent, or signed points for the error rate. */
export function changeText(points: boolean, v: number): string {
  return `${v >= 0 ? '+' : '−'}${detectableText(points, Math.abs(v))}`
}

/** A change and its 95% interval: `+23.0% (+15.0% … +31.0%)`. */
export function changeWithInterval(points: boolean, change: number, low: number, high: number): string {
  return `${changeText(points, change)} (${changeText(points, low)} … ${changeText(points, high)})`
}

/** Beyond an hour, a longer run is no practical way to a verdict. */
const PRACTICAL_RUN_SECONDS = 3600

function verdictText(
  m: Pick<ComparedFigures, 'verdict' | 'seconds_to_decide' | 'detectable_change' | 'metric'>
): string {
  const word = m.verdict.replace('_', ' ')
  // a change below what this comparison can see passes unseen: said beside "no change"
  if (m.verdict === 'no_change' && m.detectable_change !== undefined)
    return `${word} (sees ±${detectableText(m.metric === 'error_rate', m.detectable_change)} or more)`
  if (m.verdict !== 'inconclusive' || m.seconds_to_decide === undefined) return word
  if (m.seconds_to_decide === null) return `${word}: the change sits at the tolerance`
  // said as the setting to change: "about 11 s would decide" read as "1 s short" beside a 10 s run
  const s = m.seconds_to_decide
  // hours of load are no advice: the change is about the tolerance's size, not short of data
  if (s > PRACTICAL_RUN_SECONDS)
    return `${word}: the change sits near the tolerance (a run of about ${formatRunLength(s)} would decide)`
  const flag = s < 120 ? String(s) : formatDuration(s)
  return `${word}: a run of about ${formatRunLength(s)} would decide (--duration ${flag} or more)`
}

/** An A/B comparison's verdict as the badge and headlines name it: `REGRESSION`, `NO CHANGE`. */
export function comparisonVerdictText(verdict: string): string {
  return verdict.replace('_', ' ').toUpperCase()
}
