import type { DataSet } from '../config/data-file.js';
import { type Endpoint } from '../config/resolve.js';
import { type Part } from './data-feed.js';
/** What fills the placeholders of a run: plain data, so it travels to worker threads as it is. */
export interface RunInputs {
    data?: DataSet;
    /** values captured by the setup step, by name (secrets) */
    values: Record<string, string>;
    /** this generator's share of the data rows and of `{{seq}}` (shards and workers) */
    part?: Part;
    /**
     * Rows of its share each load generator already used (by worker index; one
     * entry without workers): the run after a warm-up goes on from there, so a
     * `unique` row is never sent twice
     */
    taken?: number[];
}
/**
 * Turns endpoints with `{{…}}` placeholders into request bytes, per send.
 * Captured values are written in once, up front; only what changes per
 * request (data rows, generators) is left to fill, so an endpoint with
 * captured values only is static again and keeps autocannon's prebuilt buffer.
 */
export declare class RequestRenderer {
    /** the endpoints with captured values written in (what autocannon prebuilds) */
    readonly endpoints: Endpoint[];
    /** by endpoint index; undefined where the request never changes */
    private readonly dynamic;
    private feed?;
    private readonly data?;
    private readonly takenBefore?;
    private readonly dataFile?;
    private readonly dataRows;
    private readonly part;
    private sent;
    constructor(endpoints: readonly Endpoint[], host: string, inputs?: RunInputs);
    /** Rows used so far, those of an earlier run (`taken`) included. */
    get taken(): number;
    /** Whether endpoint `ep` is rendered per send (else its prebuilt buffer is sent). */
    isDynamic(ep: number): boolean;
    /** A `unique` data file has no row left: nothing more may be sent. */
    get exhausted(): boolean;
    /** Why the run ended once a `unique` file ran out of rows. */
    exhaustedNote(): string;
    /**
     * A whole data row, for a virtual user: its own for its life (`per_user`)
     * or one request's; undefined without a data file.
     */
    takeRow(): string[] | undefined;
    /** The bytes of one request of endpoint `ep`, every placeholder filled. */
    render(ep: number): Buffer;
    private build;
}
/**
 * One request's path, headers and body with every placeholder filled, for a
 * request sent once (the setup step): `values` and generators, no data rows.
 */
export declare function fillOnce(e: Endpoint, values: Readonly<Record<string, string>>): {
    path: string;
    headers: Record<string, string>;
    body?: string;
};
