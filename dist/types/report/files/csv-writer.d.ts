import { type CsvChoice } from '../../config/csv-choice.js';
import type { Endpoint } from '../../config/resolve.js';
import type { Recorder } from '../../engine/recorder.js';
/**
 * Streams results.csv as records arrive; honours backpressure. The header is
 * always written, so `--csv none` leaves a valid file of no rows.
 */
export declare class CsvWriter {
    readonly path: string;
    private readonly endpoints;
    readonly choice: CsvChoice;
    private readonly stream;
    private readonly filter?;
    private failure?;
    constructor(path: string, endpoints: readonly Endpoint[], choice?: CsvChoice);
    append(recorder: Recorder, from: number, to: number): Promise<void>;
    close(): Promise<void>;
}
/** Writes a whole results.csv at once (library callers who did not stream), keeping the rows `choice` keeps. */
export declare function writeCsv(path: string, recorder: Recorder, endpoints: readonly Endpoint[], choice?: CsvChoice): Promise<void>;
