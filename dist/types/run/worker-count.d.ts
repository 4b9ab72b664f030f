import type { Stage } from '../engine/load-runner.js';
/** What `--workers auto` asks of the machine it runs on. */
export interface Machine {
    cores: number;
    /** whether a target host name or address is this machine */
    isLocal(host: string): boolean;
}
export declare function thisMachine(): Machine;
/**
 * The workers a run uses. `auto`: every core, less one when the target runs
 * on this machine too (it needs a core of its own, or the generator measures
 * its own contention). Never more than the users of the smallest stage: each
 * worker runs one user at least.
 */
export declare function resolveWorkers(asked: number | 'auto' | undefined, baseUrl: string, stages: Stage[], machine?: Machine): number;
