import type { StagePlan } from '../load-runner.js';
/** The `index`-th (0-based) of `of` near-equal whole shares of n; they add up to n. */
export declare function share(n: number, index: number, of: number): number;
/**
 * One worker's part of a plan: its share of every stage's users and of the
 * connections a rate may open, every `of`-th request of the rate's
 * schedule, and every `of`-th data row. The caller gives each worker one user at least in every stage.
 */
export declare function workerPlan(plan: StagePlan, index: number, of: number): StagePlan;
/** The most workers a plan can use: one user each in its smallest stage. */
export declare function workersFor(plan: Pick<StagePlan, 'stages'>, asked: number): number;
