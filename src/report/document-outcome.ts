import { FAIL_ON_VALUES, type FailOn } from '../config/thresholds.js'
import { driftChecks } from '../gate/drift.js'
import { decideOutcome, factsOfRun, type Outcome } from '../gate/outcome.js'
import { abortFact } from '../gate/judge-run.js'
import type { RunDocument } from './run-document.js'
import { documentChecks } from './document-checks.js'

/**
 * A run's outcome worked out again from its metrics.json by the gate's one
 * rule: a document read back (another job's, an older version's) is judged
 * on its checked figures, never on an `outcome` it claims.
 */
export function outcomeOfDocument(doc: Omit<RunDocument, 'outcome'>): Outcome {
  const checks = [
    ...documentChecks(doc).map(({ name, ch, scope }) => ({ ...ch, name, scope })),
    ...driftChecks(doc.drift, doc.total_requests)
  ]
  return decideOutcome({
    checks,
    ...factsOfRun({
      mode: doc.mode,
      failOn: FAIL_ON_VALUES.includes(doc.fail_on) ? doc.fail_on : ('critical' satisfies FailOn),
      baseline: doc.baseline,
      partial: doc.partial,
      abortReason: doc.abort_reason,
      stoppedEarly: doc.stopped_early,
      ...(doc.threshold_abort ? { thresholdAbort: abortFact(doc.threshold_abort) } : {})
    }),
    generatorSaturated: doc.generator?.saturated === true || (doc.generator_bound_stages?.length ?? 0) > 0
  })
}
