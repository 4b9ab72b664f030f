import type { StageTiming } from '../engine/load-runner.js'
import type { Recorder } from '../engine/recorder.js'
import { stageMetrics } from '../metrics/stages.js'
import { breakReason, stageStatus, type BreakOptions } from './breaking-point.js'
import type { Thresholds } from '../config/thresholds.js'

/**
 * When a stress ramp may end early. With `stopOnBreak`, right after the
 * first breaking stage; otherwise after two critical stages in a row, so a
 * broken service is not hammered for the rest of the ramp.
 */
export function stressStopPolicy(
  thresholds: Thresholds,
  stopOnBreak: boolean,
  o: BreakOptions = {}
): (stage: StageTiming, recorder: Recorder, all: readonly StageTiming[]) => string | undefined {
  return (_stage, recorder, all) => {
    // only the last two stages matter here: scan from where the earlier of them began
    const lastTwo = all.slice(-2)
    const stages = stageMetrics(recorder, lastTwo, all[0].startUs, lastTwo[0].firstRecord)
    const cur = stages[stages.length - 1]
    const prev = stages.length === 2 ? stages[0] : undefined
    if (!cur || cur.generator_bound) return undefined
    if (stopOnBreak) {
      const bp = breakReason(cur, prev, thresholds, o)
      return bp ? `stopped after the breaking stage (${bp.users} users: ${bp.detail})` : undefined
    }
    if (
      prev &&
      !prev.generator_bound &&
      stageStatus(cur, thresholds) === 'critical' &&
      stageStatus(prev, thresholds) === 'critical'
    ) {
      return `stopped after two consecutive critical stages (${prev.users} and ${cur.users} users)`
    }
    return undefined
  }
}
