import { formatCount, formatUsers } from '../format/numbers.js'
import type { RunDocument } from '../run-document.js'
import { csvRows } from '../format/sentences.js'
import { runnerText } from '../format/run-description.js'

const ORDER_WORDS: Record<string, string> = {
  sequence: 'in order, round again',
  random: 'at random',
  unique: 'each used once'
}

function warmupText(doc: RunDocument): string {
  const w = doc.warmup
  return `${doc.config.warmup} s first, in no figure here${w ? ` (${formatCount(w.total_requests)} requests, ${formatCount(w.failed_requests)} failed)` : ''}`
}

/** Which code ran, from which CI run, on which machine: the full commit, where the short one is not enough. */
function provenanceRows(doc: RunDocument): { key: string; value: string }[] {
  const p = doc.provenance
  if (!p) return []
  return [
    ...(p.commit ? [{ key: 'commit', value: p.commit + (p.branch ? ` on ${p.branch}` : '') }] : []),
    ...(!p.commit && p.branch ? [{ key: 'branch', value: p.branch }] : []),
    ...(p.run_url ? [{ key: 'CI run', value: p.run_url }] : []),
    { key: 'runner', value: runnerText(p.runner) }
  ]
}

/** report.html's settings table: what the run was asked to do, as a reader checks it against the figures. */
export function configRows(doc: RunDocument): { key: string; value: string }[] {
  const c = doc.config
  const rows = [
    { key: 'service', value: c.service },
    { key: 'base URL', value: c.base_url },
    {
      key: 'mode',
      value: c.ab
        ? `A/B test, side ${c.ab.side}${c.ab.side === 'B' ? ' (side A in baseline/)' : ''}, ${c.ab.slice} s slices${c.ab.pairing === 'duet' ? ' side by side (duet)' : ''}`
        : c.mode
    },
    ...(c.max_users
      ? [
          { key: 'max users', value: String(c.max_users) },
          { key: 'ramp-up', value: `${c.ramp_up} s in ${c.steps} steps` },
          { key: 'stop on break', value: c.stop_on_break ? 'yes' : 'no (after two critical stages)' }
        ]
      : [
          { key: 'users', value: String(c.users) },
          { key: 'duration', value: `${+c.duration.toFixed(1)} s${c.ab ? ' of load on this side' : ''}` }
        ]),
    {
      key: 'rate',
      value: c.rps
        ? `${c.rps} req/s, paced${doc.rate ? `, with at most ${formatUsers(doc.rate.max_users)}` : ''}`
        : 'none (as fast as the users go)'
    },
    { key: 'timeout', value: `${c.timeout} s` },
    ...(c.workers ? [{ key: 'workers', value: `${c.workers} threads, their requests one run` }] : []),
    ...(c.warmup ? [{ key: 'warm-up', value: warmupText(doc) }] : []),
    ...(c.data
      ? [{ key: 'data', value: `${c.data.file}, rows ${ORDER_WORDS[c.data.order] ?? c.data.order}` }]
      : []),
    ...(c.setup ? [{ key: 'setup', value: `${c.setup.join(', ')} (once, before the load)` }] : []),
    { key: 'fail on', value: c.fail_on },
    { key: 'results.csv', value: csvRows(c.csv) },
    ...provenanceRows(doc)
  ]
  for (const ep of c.endpoints) {
    const headers = Object.entries(ep.headers)
      .map(([k, v]) => `${k}: ${v}`)
      .join(', ')
    rows.push({
      key: `endpoint`,
      value: `${ep.endpoint} ×${ep.weight}${ep.has_body ? ' (with body)' : ''}${headers ? ` · ${headers}` : ''}`
    })
  }
  return rows
}
