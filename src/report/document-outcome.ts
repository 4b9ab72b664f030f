import { FAIL_ON_VALUES, type FailOn, type ThresholdName } from '../config/thresholds.js'
import { decideOutcome, type Outcome } from '../gate/outcome.js'
import type { RunDocument } from './run-document.js'

/**
 * A run's outcome worked out again from its metrics.json by the gate's one
 * rule: a document read back (another job's, an older version's) is judged
 * on its checked figures, never on an `outcome` it claims.
 */
export function outcomeOfDocument(doc: Omit<RunDocument, 'outcome'>): Outcome {
  const checks = [
    ...Object.entries(doc.thresholds).map(([name, c]) => ({
      ...c,
      name: name as ThresholdName,
      scope: 'overall'
    })),
    ...doc.per_endpoint.flatMap((ep) =>
      Object.entries(ep.thresholds ?? {}).map(([name, c]) => ({
        ...c,
        name: name as ThresholdName,
        scope: ep.endpoint
      }))
    )
  ]
  const b = doc.baseline
  return decideOutcome({
    checks,
    failOn: FAIL_ON_VALUES.includes(doc.fail_on) ? doc.fail_on : ('critical' satisfies FailOn),
    ...(b
      ? {
          comparison: {
            result: b.comparison,
            failOnRegression: b.fail_on_regression,
            against: doc.mode === 'ab' ? 'A' : 'the baseline'
          }
        }
      : {}),
    partial: doc.partial,
    ...(doc.abort_reason ? { abortReason: doc.abort_reason } : {}),
    ...(doc.stopped_early && doc.mode !== 'stress' ? { stoppedEarly: doc.stopped_early } : {}),
    generatorSaturated: doc.generator?.saturated === true || (doc.generator_bound_stages?.length ?? 0) > 0
  })
}
