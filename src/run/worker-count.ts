import { availableParallelism, hostname, networkInterfaces } from 'node:os'
import type { Stage } from '../engine/load-runner.js'
import { workersFor } from '../engine/workers/worker-share.js'

/** What `--workers auto` asks of the machine it runs on. */
export interface Machine {
  cores: number
  /** whether a target host name or address is this machine */
  isLocal(host: string): boolean
}

export function thisMachine(): Machine {
  const own = new Set(['localhost', hostname().toLowerCase()])
  for (const addrs of Object.values(networkInterfaces()))
    for (const a of addrs ?? []) own.add(a.address.toLowerCase())
  return {
    cores: availableParallelism(),
    isLocal: (host) => {
      const h = host.toLowerCase().replace(/^\[|\]$/g, '')
      return own.has(h) || h.endsWith('.localhost') || /^127\./.test(h) || h === '::1'
    }
  }
}

/**
 * The workers a run uses. `auto`: every core, less one when the target runs
 * on this machine too (it needs a core of its own, or the generator measures
 * its own contention). Never more than the users of the smallest stage: each
 * worker runs one user at least.
 */
export function resolveWorkers(
  asked: number | 'auto' | undefined,
  baseUrl: string,
  stages: Stage[],
  machine: Machine = thisMachine()
): number {
  if (asked === undefined) return 1
  const n =
    asked === 'auto'
      ? Math.max(1, machine.cores - (machine.isLocal(new URL(baseUrl).hostname) ? 1 : 0))
      : asked
  return workersFor({ stages }, n)
}
