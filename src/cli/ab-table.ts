import { comparisonVerdictText } from '../report/format/comparison-rows.js'
import { formatCount, formatRps, formatValue } from '../report/format/numbers.js'
import { codeText, describeRun, runKind } from '../report/format/run-description.js'
import { abThresholdNote } from '../report/format/sentences.js'
import type { FinishedRun } from '../run/perform-test.js'
import { paint, type Terminal } from '../terminal/terminal.js'
import {
  checksTable,
  comparisonLines,
  filesLine,
  sessionLines,
  stopLines,
  verdictText
} from './results-table.js'

const CHANGE_COLOR = {
  regression: 'red',
  improvement: 'green',
  no_change: 'green',
  inconclusive: 'yellow'
} as const

/**
 * The terminal view of an A/B run, read as one test: both sides' headline
 * figures, the comparison (what decides), then B's thresholds with whether
 * they gate, then the exit verdict.
 */
export function abResultsTable(term: Terminal, report: { a: FinishedRun; b: FinishedRun }): string {
  const { a, b } = report
  const doc = b.saved.document
  const code = codeText(doc.provenance)
  const side = (name: string, r: FinishedRun): string => {
    const m = r.metrics
    return (
      `  ${name} ${r.saved.document.config.base_url}: ${formatCount(m.total_requests)} requests, ` +
      `${formatRps(m.requests_per_second)}, p50 ${formatValue(m.median_response_time, 'seconds')}, ` +
      `p95 ${formatValue(m.p95_response_time, 'seconds')}, errors ${formatValue(m.error_rate, 'percent')}`
    )
  }
  const cmp = doc.baseline?.comparison
  const errors = (r: FinishedRun): string =>
    Object.entries(r.metrics.error_types)
      .map(([t, n]) => `${t} ${formatCount(n!)}`)
      .join(', ')
  const lines = [
    `${runKind('ab')} ${b.result.target.service}${code ? ` (${code})` : ''}: ${describeRun('ab', b.result.settings)}`,
    side('A', a),
    side('B', b),
    '',
    ...comparisonLines(term, doc, 'B against A'),
    paint(term, 'bold', abThresholdNote(doc.fail_on)),
    checksTable(term, b.gate),
    '',
    // each side's users walked their journeys: both sides' tables, as the comparison reads both
    ...sessionLines(term, { metrics: a.metrics, outcome: b.outcome }, 'A'),
    ...sessionLines(term, b, 'B')
  ]
  for (const [name, r] of [
    ['A', a],
    ['B', b]
  ] as const)
    if (errors(r)) lines.push(`Errors on ${name}: ${errors(r)}`)
  lines.push(...stopLines(term, doc), filesLine(b.saved, "; side A's in baseline/"))
  const compared = cmp ? paint(term, CHANGE_COLOR[cmp.verdict], comparisonVerdictText(cmp.verdict)) : ''
  lines.push(
    `A/B: ${compared}   Verdict: ${verdictText(term, doc.verdict)} (${doc.outcome.summary})   Report: ${b.saved.html}`,
    ''
  )
  return lines.join('\n')
}
