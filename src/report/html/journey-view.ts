import { waterfallChart, type WaterfallSegment } from '../charts/waterfall-chart.js'
import { formatCount, formatSeconds, formatValue } from '../format/numbers.js'
import { JOURNEY_DURATION_NOTE, journeyRows, onceFailureLines } from '../format/journey-rows.js'
import type { RunDocument } from '../run-document.js'
import type { Status } from '../../gate/evaluate.js'
import { answerCheckStatus } from '../../gate/outcome.js'

/** report.html's journeys: a table, one waterfall per journey, and every check's pass count. */
export interface JourneyView {
  hasJourneys: boolean
  journeyHeader: string[]
  journeyTable: { cells: string[] }[]
  journeyNote: string
  /** journeys whose once-steps failed and were sent again */
  onceFailures: string[]
  waterfalls: { journey: string; svg: string }[]
  hasAnswerChecks: boolean
  answerChecksText: string
  answerChecks: {
    endpoint: string
    check: string
    passed: string
    failed: string
    rate: string
    /** as every view marks it: from the run's outcome (answerCheckStatus) */
    status: Status
  }[]
}

export function journeyView(doc: RunDocument): JourneyView {
  const [header, ...rows] = journeyRows(doc)
  const c = doc.checks
  return {
    hasJourneys: rows.length > 0,
    journeyHeader: header ?? [],
    journeyTable: rows.map((cells) => ({ cells })),
    journeyNote: JOURNEY_DURATION_NOTE,
    onceFailures: onceFailureLines(doc),
    waterfalls: (doc.journeys ?? []).map((j) => ({
      journey: j.journey,
      svg: waterfallChart({
        title: `${j.journey}: median time of each step, then its think time`,
        segments: segments(doc, j),
        format: formatSeconds
      })
    })),
    hasAnswerChecks: c !== undefined,
    answerChecksText: c
      ? `${formatCount(c.passed)} of ${formatCount(c.total)} checks passed (${formatValue(c.pass_rate, 'percent')}); a failed check counts as a failed request (check_failed).`
      : '',
    answerChecks: (c?.by_check ?? []).map((x) => ({
      endpoint: x.endpoint,
      check: x.check,
      passed: formatCount(x.passed),
      failed: formatCount(x.failed),
      rate: formatValue(x.pass_rate, 'percent'),
      status: answerCheckStatus(doc.outcome, x.failed)
    }))
  }
}

function segments(doc: RunDocument, j: NonNullable<RunDocument['journeys']>[number]): WaterfallSegment[] {
  return j.steps.flatMap((step, i): WaterfallSegment[] => {
    const ep = doc.per_endpoint.find((e) => e.journey === j.journey && e.step === step)
    const label = i < j.once_steps ? `${step} (once)` : step
    const own: WaterfallSegment = { label, seconds: ep?.median_response_time ?? 0, kind: 'step' }
    const think = j.step_think[i] ?? 0
    return think > 0 ? [own, { label: `think after ${step}`, seconds: think, kind: 'think' }] : [own]
  })
}
