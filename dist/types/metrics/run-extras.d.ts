import type { LoadTestResult } from '../engine/result.js';
import type { Metrics } from './types.js';
/**
 * What a run's figures say beyond its requests, however they were kept
 * (each request, or histograms): how much of its duration it ran, its
 * warm-up, and how busy the load generator was.
 */
export declare function runExtras(result: LoadTestResult, durationSec: number): Pick<Metrics, 'run_completion' | 'warmup' | 'generator'>;
