import { type DataSet } from '../config/data-file.js';
import { type Target } from '../config/resolve.js';
import type { Shard } from '../config/shard.js';
import type { RunInputs } from '../engine/request-renderer.js';
/**
 * A target's data file, read and checked against every placeholder before
 * anything is sent: an unknown name, a bad template or a value that cannot go
 * into a header is an InputError (exit 2) naming the field.
 */
export declare function readWorkloadData(target: Target, 
/** where a name there only from a user's second iteration is said (stderr, the action's log) */
log?: (line: string) => void): Promise<DataSet | undefined>;
/**
 * A field as the config file has it, with its line (`perf-gate.yml:17
 * services.api.journeys[0].steps[1].headers.authorization`): the line of the
 * field itself, else of the nearest field that holds it.
 */
export declare function locatedField(target: Pick<Target, 'source'>, field: string): string;
/**
 * After the target answered: the setup step's captured values, which become
 * secrets of the target, and the inputs the engine fills placeholders from.
 */
export declare function workloadInputs(target: Target, data: DataSet | undefined, options: {
    timeoutSec: number;
    shard?: Shard;
    signal?: AbortSignal;
}): Promise<{
    target: Target;
    inputs?: RunInputs;
}>;
