import type { Endpoint } from '../../config/resolve.js';
import type { Recorder } from '../../engine/recorder.js';
/** Streams results.csv as records arrive; honours backpressure. */
export declare class CsvWriter {
    readonly path: string;
    private readonly endpoints;
    private readonly stream;
    private failure?;
    constructor(path: string, endpoints: readonly Endpoint[]);
    append(recorder: Recorder, from: number, to: number): Promise<void>;
    close(): Promise<void>;
}
/** Writes a whole results.csv at once (library callers who did not stream). */
export declare function writeCsv(path: string, recorder: Recorder, endpoints: readonly Endpoint[]): Promise<void>;
