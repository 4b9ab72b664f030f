import { availableParallelism, cpus, platform, release, totalmem } from 'node:os'
import type { RunnerInfo } from '../report/run-document.js'

/** The machine that sends the load, as metrics.json records it: a baseline from another one measured that one too. */
export function runnerInfo(): RunnerInfo {
  const list = cpus()
  return {
    // some platforms (and some containers) list no CPUs: the run is still recorded
    cpu: list[0]?.model.trim().replace(/\s+/g, ' ') || 'unknown',
    // what this process may use (affinity), not what the host has: the generator gets no more
    cores: availableParallelism(),
    memory_bytes: totalmem(),
    os: `${platform()} ${release()}`,
    node: process.version
  }
}
