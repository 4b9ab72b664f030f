import { monitorEventLoopDelay } from 'node:perf_hooks'
import type { StageTiming } from './load-runner.js'
import type { CpuMeter } from './thread-cpu.js'

/** The event-loop delay monitor samples this often (ms). */
const LOOP_SAMPLE_MS = 10

/**
 * How busy the load generator itself was during a stage: a generator short
 * of CPU or with a blocked event loop delays its own requests, and the
 * stage's figures would blame the target for it.
 */
export class GeneratorMeter {
  private readonly loopDelay = monitorEventLoopDelay({ resolution: LOOP_SAMPLE_MS })
  private loopDelayReset?: NodeJS.Timeout

  constructor(readonly cpu: CpuMeter) {}

  enable(): void {
    this.loopDelay.enable()
  }

  disable(): void {
    clearTimeout(this.loopDelayReset)
    this.loopDelay.disable()
  }

  stageBegins(): void {
    this.loopDelay.reset()
  }

  /**
   * Opening the stage's connections blocks the loop (tens of ms, more on a busy machine); that is the
   * stage's setup, not a generator too busy for its load: its sample is left out of the stage's delay.
   */
  stageSetUp(): void {
    clearTimeout(this.loopDelayReset)
    this.loopDelayReset = setTimeout(() => this.loopDelay.reset(), 2 * LOOP_SAMPLE_MS)
  }

  /** The stage's load since it began; zeros unless `measured` (an aborted stage). */
  load(
    since: { startUs: number; cpu: NodeJS.CpuUsage },
    endUs: number,
    measured: boolean
  ): Pick<StageTiming, 'eventLoopP99Ms' | 'cpuPercent'> {
    const now = this.cpu()
    const cpu = { user: now.user - since.cpu.user, system: now.system - since.cpu.system }
    return {
      // the histogram holds the time between samples, the sampling interval included: the delay is the rest
      eventLoopP99Ms: measured ? Math.max(0, this.loopDelay.percentile(99) / 1e6 - LOOP_SAMPLE_MS) : 0,
      cpuPercent: measured ? ((cpu.user + cpu.system) / Math.max(1, endUs - since.startUs)) * 100 : 0
    }
  }
}
