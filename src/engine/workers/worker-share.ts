import type { StagePlan } from '../load-runner.js'

/** The `index`-th (0-based) of `of` near-equal whole shares of n; they add up to n. */
export function share(n: number, index: number, of: number): number {
  return Math.floor(n / of) + (index < n % of ? 1 : 0)
}

/**
 * One worker's part of a plan: its share of every stage's users and of the
 * connections a rate may open, and every `of`-th request of the rate's
 * schedule. The caller gives each worker one user at least in every stage.
 */
export function workerPlan(plan: StagePlan, index: number, of: number): StagePlan {
  return {
    ...plan,
    stages: plan.stages.map((s) => ({ ...s, users: share(s.users, index, of) })),
    ...(plan.maxUsers !== undefined ? { maxUsers: share(plan.maxUsers, index, of) } : {}),
    ...(plan.rps !== undefined ? { paceShare: { index, of } } : {})
  }
}

/** The most workers a plan can use: one user each in its smallest stage. */
export function workersFor(plan: Pick<StagePlan, 'stages'>, asked: number): number {
  return Math.max(1, Math.min(asked, ...plan.stages.map((s) => s.users)))
}
