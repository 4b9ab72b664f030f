import type { Endpoint } from '../../config/resolve.js';
/** Where a user's request takes its values: what it captured, then its data row, by name. */
export interface ValueSource {
    value(name: string): string | undefined;
}
/**
 * Renders the requests of virtual users: each value slot is filled from the
 * user who sends it (its captures, its data row), and its Cookie header from
 * its own jar. Values captured once for the run (the setup step) were written
 * in before (the renderer's endpoints).
 */
export declare class StepRequests {
    /** this generator's share of `{{seq}}` (workers and shards count apart) */
    private readonly part;
    private readonly templates;
    /** by endpoint: the bytes of a request with no placeholder, sent as they are while the user has no cookie */
    private readonly fixed;
    private seq;
    /** the `{{seq}}` of the request being rendered: one number however many slots read it */
    private requestSeq?;
    constructor(endpoints: readonly Endpoint[], host: string, 
    /** this generator's share of `{{seq}}` (workers and shards count apart) */
    part: {
        index: number;
        of: number;
    });
    /** The request's path, every placeholder filled (the cookie jar matches on it); begins a request. */
    path(ep: number, source: ValueSource): string;
    /** The bytes of the request `path` began, with that filled path and `cookie` ('' for none). */
    render(ep: number, path: string, source: ValueSource, cookie: string): Buffer;
    /** as the plain renderer: the request's number, taken when a slot first reads it */
    private readonly nextSeq;
}
