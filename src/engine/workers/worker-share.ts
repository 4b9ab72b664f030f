import type { StagePlan } from '../load-runner.js'
import { subPart } from '../data-feed.js'

/** The `index`-th (0-based) of `of` near-equal whole shares of n; they add up to n. */
export function share(n: number, index: number, of: number): number {
  return Math.floor(n / of) + (index < n % of ? 1 : 0)
}

/**
 * One worker's part of a plan: its share of every stage's users and of the
 * connections a rate may open, every `of`-th request of the rate's
 * schedule, and every `of`-th data row. The caller gives each worker one user at least in every stage.
 */
export function workerPlan(plan: StagePlan, index: number, of: number): StagePlan {
  return {
    ...plan,
    stages: plan.stages.map((s) => ({ ...s, users: share(s.users, index, of) })),
    ...(plan.maxUsers !== undefined ? { maxUsers: share(plan.maxUsers, index, of) } : {}),
    ...(plan.rps !== undefined ? { paceShare: { index, of } } : {}),
    // data rows and {{seq}}: every `of`-th of this machine's share, so no two threads use the same
    ...(plan.inputs
      ? {
          inputs: {
            ...plan.inputs,
            part: subPart(plan.inputs.part, index, of),
            ...(plan.inputs.taken ? { taken: [plan.inputs.taken[index] ?? 0] } : {})
          }
        }
      : {})
  }
}

/** The most workers a plan can use: one user each in its smallest stage. */
export function workersFor(plan: Pick<StagePlan, 'stages'>, asked: number): number {
  return Math.max(1, Math.min(asked, ...plan.stages.map((s) => s.users)))
}
