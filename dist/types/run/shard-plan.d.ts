import { type Shard } from '../config/shard.js';
import type { Thresholds } from '../config/thresholds.js';
import type { RunPlan } from './plan.js';
/**
 * One shard's plan: its share of the users (of every stress stage's users)
 * and of the rate; its gate judges its share of the throughput thresholds,
 * the merge judges the whole.
 */
export declare function shardPlan(whole: RunPlan, shard: Shard): RunPlan;
/** Throughput bands times `factor`: a shard makes 1/N of the throughput of the whole. */
export declare function scaleThroughput(t: Thresholds, factor: number): Thresholds;
