import { bandStatus, type Status } from '../gate/evaluate.js'
import type { RunDocument } from './run-document.js'

const RANK: Record<Status, number> = { good: 0, warning: 1, critical: 2 }

export function worst(statuses: Status[]): Status {
  return statuses.reduce<Status>((w, s) => (RANK[s] > RANK[w] ? s : w), 'good')
}

type EndpointRow = RunDocument['per_endpoint'][number]

/**
 * An endpoint's status for the reports: its own threshold checks when it
 * has any; otherwise the overall bands for error rate, average and p95
 * (throughput is left out: an endpoint only gets its share of it).
 */
export function endpointStatus(doc: RunDocument, ep: EndpointRow): Status {
  if (ep.thresholds) return worst(Object.values(ep.thresholds).map((c) => c.status))
  const statuses: Status[] = []
  const t = doc.thresholds
  if (t.error_rate) statuses.push(bandStatus(ep.error_rate, t.error_rate, false))
  if (t.avg_response_time) statuses.push(bandStatus(ep.average_response_time, t.avg_response_time, false))
  if (t.p95_response_time) statuses.push(bandStatus(ep.p95_response_time, t.p95_response_time, false))
  return worst(statuses)
}
