import type { ThresholdName } from '../config/thresholds.js'
import { journeyScope } from '../gate/evaluate.js'
import type { CheckView, RunDocument } from './run-document.js'

/** One threshold check of a run document, with where it applies. */
export interface DocumentCheck {
  name: ThresholdName
  ch: CheckView
  /** `overall`, an endpoint (`GET /a`, `shop/cart`) or `journey NAME` */
  scope: string
}

/**
 * Every threshold check a run document holds, in the order every view lists
 * them: overall, then each endpoint's, then each journey's. One list, so a
 * view cannot leave a kind out (summary.md once lost the journeys' rows).
 */
export function documentChecks(
  doc: Pick<RunDocument, 'thresholds' | 'per_endpoint' | 'journeys'>
): DocumentCheck[] {
  const of = (checks: Record<string, CheckView> | undefined, scope: string): DocumentCheck[] =>
    Object.entries(checks ?? {}).map(([name, ch]) => ({ name: name as ThresholdName, ch, scope }))
  return [
    ...of(doc.thresholds, 'overall'),
    ...doc.per_endpoint.flatMap((ep) => of(ep.thresholds, ep.endpoint)),
    ...(doc.journeys ?? []).flatMap((j) => of(j.thresholds, journeyScope(j.journey)))
  ]
}
