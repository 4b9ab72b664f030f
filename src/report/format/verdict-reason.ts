import { regressionFails } from '../../gate/compare.js'
import type { BaselineView } from '../run-document.js'

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
