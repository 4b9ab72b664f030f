import type { RunSettings, RunMode } from '../../engine/result.js';
import type { Metrics } from '../../metrics/types.js';
import type { Provenance } from '../run-document.js';
/** What a run was, in words every view uses: `load test`, `stress test`, `A/B test`. */
export declare function runKind(mode: RunMode): string;
/** What a run does, in one phrase: `10 users for 60 s` or `up to 100 users in 10 steps over 5m`. */
export declare function describeRun(mode: RunMode, s: RunSettings): string;
/** Users as a run's settings and (when a paced run opened more) its rate block say. */
export declare function usersUsed(users: number, rate: Pick<Metrics, 'rate'>['rate']): string;
/** How an A/B run starts, the same words in the CLI and the action; each face adds how B's thresholds count. */
export declare function abStartLine(a: {
    service: string;
    baseUrl: string;
}, b: {
    baseUrl: string;
}, run: {
    slices: number;
    slice: number;
    users: number;
    warmup?: number;
    pairing?: 'alternate' | 'duet';
}): string;
/** Which code a run measured, as people name it: `abc1234 on main`; empty when nothing was recorded. */
export declare function codeText(p: Provenance | undefined): string;
/** The machine that sent the load, in one phrase: `AMD EPYC 7763, 4 cores, 16.8 GB, linux 6.8.0, node v20.18.1`. */
export declare function runnerText(r: Provenance['runner']): string;
