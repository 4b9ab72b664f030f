import { COMPARED_METRIC_VIEW } from '../config/regression.js'
import type { BisectReport, BisectStep } from '../run/bisect.js'
import { changeText, changeWithInterval } from '../report/format/comparison-rows.js'
import { paint, type Terminal } from '../terminal/terminal.js'
import { columns } from './results-table.js'

/** A step's change as its line quotes it: `Median response time +1650.0% (+1600.0% … +1700.0%)`. */
export function stepChange(s: BisectStep): string {
  if (s.metric === undefined || s.change === undefined) return '—'
  const points = s.metric === 'error_rate'
  const label = COMPARED_METRIC_VIEW[s.metric].label
  if (s.ci_low == null || s.ci_high == null) return `${label} ${changeText(points, s.change)}`
  return `${label} ${changeWithInterval(points, s.change, s.ci_low, s.ci_high)}`
}

function stepVerdict(s: BisectStep): string {
  if (s.verdict === undefined) return 'skipped'
  const word = s.verdict.replace('_', ' ')
  return s.judgement === 'skip' ? `${word} → skipped` : word
}

/** The table of every step and the answer, as the terminal prints it after a bisect. */
export function bisectTable(term: Terminal, r: BisectReport): string {
  const rows = r.steps.map((s) => [
    String(s.step),
    s.commit.slice(0, 7),
    stepVerdict(s),
    stepChange(s),
    s.looks ? `${s.looks.made}/${s.looks.planned}` : '—',
    `${s.role === 'bad' ? '(bad) ' : ''}${s.subject}`
  ])
  const lines = [
    columns([['step', 'commit', 'verdict', 'change against good', 'looks', 'subject'], ...rows]),
    ...r.steps.filter((s) => s.note).map((s) => `step ${s.step}: ${s.note}`),
    ...(r.steps[1]?.judged_on
      ? [
          `Steps after the first are judged on what regressed at the bad commit: ${r.steps[1].judged_on.join(', ')}`
        ]
      : []),
    '',
    answerLine(term, r),
    `Steps and their runs: ${r.dir}`
  ]
  return lines.join('\n') + '\n'
}

/** The one line a user reads first. */
export function answerLine(term: Terminal, r: BisectReport): string {
  const range = `${r.good.sha.slice(0, 7)}..${r.bad.sha.slice(0, 7)}`
  switch (r.verdict) {
    case 'first_bad': {
      const s = r.first_bad!
      return paint(
        term,
        'red',
        `✗ First bad commit: ${s.commit.slice(0, 7)} ${JSON.stringify(s.subject)}: ${stepChange(s)} against good`
      )
    }
    case 'one_of':
      return paint(
        term,
        'red',
        `✗ The first bad commit is one of ${r.one_of!.map((c) => c.sha.slice(0, 7)).join(', ')}: the others between could not be judged (skipped)`
      )
    case 'no_regression':
      return paint(term, 'green', `✓ No regression between them (${range}): ${stepChange(r.steps[0])}`)
    case 'inconclusive':
      return paint(
        term,
        'yellow',
        `? Cannot tell whether ${r.bad.sha.slice(0, 7)} is slower than ${r.good.sha.slice(0, 7)}: inconclusive after every look (${stepChange(r.steps[0])}); lengthen --duration or --max-duration, or raise the tolerances`
      )
  }
}
