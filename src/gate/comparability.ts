/**
 * Whether two runs can be compared at all, apart from how they differ: a
 * change measured between runs of other settings is a change of settings.
 */

/** What decides whether two runs measure the same thing: metrics.json's service, mode and config. */
export interface RunIdentity {
  service: string
  mode: string
  /** stopped early (a signal): it measured less than its settings say */
  partial?: boolean
  config: {
    users: number
    duration: number
    max_users?: number
    ramp_up?: number
    steps?: number
    rps?: number
    /** generator threads, when more than one */
    workers?: number
    /** where the load went: another host or port is another deployment */
    base_url?: string
  }
  /** the machine that sent the load (metrics.json `provenance.runner`); runs before it was recorded have none */
  provenance?: { runner?: { cpu: string; cores: number; memory_bytes: number } }
}

/**
 * Memory totals this far apart are one machine type: the same VM size reports
 * a few MB apart across kernel versions, and that is no other runner.
 */
const SAME_MEMORY = 0.05

/** Differences that make a comparison of two runs suspect; empty when they measured the same thing. */
export function comparabilityWarnings(baseline: RunIdentity, current: RunIdentity): string[] {
  const out: string[] = []
  const differ = (what: string, a: unknown, b: unknown, unit = ''): void => {
    if (a !== b) out.push(`${what} differ: ${a ?? 'none'}${unit} in the baseline, ${b ?? 'none'}${unit} now`)
  }
  if (baseline.partial)
    out.push('the baseline run was stopped early (partial): it measured less than its settings say')
  if (current.partial)
    out.push('this run was stopped early (partial): it measured less than its settings say')
  differ('services', baseline.service, current.service)
  differ('base URLs', baseline.config.base_url, current.config.base_url)
  differ('modes', baseline.mode, current.mode)
  differ('users', baseline.config.users, current.config.users)
  differ('durations', baseline.config.duration, current.config.duration, ' s')
  const rate = (rps: number | undefined): string => (rps === undefined ? 'no rate' : `${rps} req/s`)
  if (baseline.config.rps !== current.config.rps) {
    out.push(`rates differ: ${rate(baseline.config.rps)} in the baseline, ${rate(current.config.rps)} now`)
    if ((baseline.config.rps === undefined) !== (current.config.rps === undefined))
      out.push(
        'latencies count from different starts: from the due time in the paced run, from the send in the other'
      )
  }
  if (baseline.mode === 'stress' && current.mode === 'stress')
    differ('steps', baseline.config.steps, current.config.steps)
  // the same load from another generator: a generator that was the bottleneck before is not now
  differ('generator threads', baseline.config.workers ?? 1, current.config.workers ?? 1)
  out.push(...runnerWarnings(baseline.provenance?.runner, current.provenance?.runner))
  return out
}

/** Another machine sent the load: its speed is in the change too. Unknown on either side: nothing to say. */
function runnerWarnings(a: RunnerIdentity | undefined, b: RunnerIdentity | undefined): string[] {
  if (!a || !b) return []
  const out: string[] = []
  if (a.cpu !== b.cpu) out.push(`runner CPUs differ: ${a.cpu} in the baseline, ${b.cpu} now`)
  if (a.cores !== b.cores) out.push(`runner cores differ: ${a.cores} in the baseline, ${b.cores} now`)
  const larger = Math.max(a.memory_bytes, b.memory_bytes)
  if (larger > 0 && Math.abs(a.memory_bytes - b.memory_bytes) / larger > SAME_MEMORY)
    out.push(
      `runner memory differs: ${gigabytes(a.memory_bytes)} in the baseline, ${gigabytes(b.memory_bytes)} now`
    )
  return out
}

type RunnerIdentity = NonNullable<NonNullable<RunIdentity['provenance']>['runner']>

function gigabytes(bytes: number): string {
  return `${+(bytes / 1e9).toPrecision(3)} GB`
}
