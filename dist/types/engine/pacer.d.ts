/**
 * Open-model pacing, as wrk2 and k6's constant-arrival-rate do it: request k
 * is due at start + k/rate, fixed in advance, whatever the target does. At
 * its due time a request goes to an idle connection; when none is idle it
 * waits in a backlog (it is *late*, and its latency still counts from its due
 * time) while more connections are asked for; a request that waited longer
 * than the timeout is *dropped*, never sent. The rate is never lowered.
 */
/** A connection the pacer can hand a request to. */
export interface PacedConnection {
    /**
     * Send the next request now. `lateSinceUs` is its due time when it had to
     * wait for a connection (the target held every connection): its latency then
     * counts from there. A request sent at its first chance gets undefined: the
     * timer's own lag is the generator's, not the target's.
     */
    send(lateSinceUs: number | undefined): boolean;
}
export interface PacerTimers {
    nowUs(): number;
    setTimeout(fn: () => void, ms: number): unknown;
    clearTimeout(handle: unknown): void;
}
export interface PacerOptions {
    /** requests per second */
    rate: number;
    /**
     * Only every `of`-th request of the schedule from `index` on (0-based): one
     * of `of` workers' part of one schedule. Its `stats.rate` is its share.
     */
    share?: {
        index: number;
        of: number;
    };
    /** µs on the timers' clock of request 0 */
    startUs: number;
    /**
     * µs on the same clock where the schedule ends: a run of T seconds at R
     * req/s asks for R·T requests (rounded), counted, not compared with a time,
     * although its end timer fires a little after T
     */
    endUs?: number;
    /** a request waiting longer than this for a connection is dropped (the request timeout) */
    dropAfterUs: number;
    timers: PacerTimers;
    /**
     * false: a cap, not an arrival rate. A request that finds no idle
     * connection is skipped (neither late nor dropped): at most `rate` a second,
     * evenly spread, and the connections set the load (a stress test's stages).
     */
    waitForConnection?: boolean;
    /** called when a request found no idle connection; `waiting` is the backlog's length */
    onShortage?: (waiting: number) => void;
    /** called for each request dropped: it waited past the timeout, or was still waiting at stop */
    onDrop?: (dueUs: number, why: 'timeout' | 'ended') => void;
}
export interface PacingStats {
    /** requests per second asked for */
    rate: number;
    /** requests that were due by the end */
    due: number;
    sent: number;
    /** sent after waiting for a free connection */
    late: number;
    /** never sent: waited longer than the timeout, or still waiting at the end */
    dropped: number;
    /** of those, still waiting when the run ended */
    droppedAtEnd: number;
}
export declare class Pacer {
    private readonly o;
    private readonly intervalUs;
    private next;
    private readonly idle;
    private readonly isIdle;
    /** due times of requests waiting for a connection, oldest first */
    private backlog;
    private backlogHead;
    private timer;
    private running;
    private sent;
    private late;
    private dropped;
    private droppedAtEnd;
    private startUs;
    /** requests the schedule holds */
    private readonly total;
    /** this pacer's requests are the schedule's phase, phase + step, phase + 2·step … */
    private readonly phase;
    private readonly step;
    constructor(o: PacerOptions);
    /** Starts the schedule; `atUs` moves its start there, e.g. once connections are open. */
    start(atUs?: number): void;
    /**
     * Lets every request due by now fall due at once, before the run stops
     * sending: the end timer may fire before the pacer's own last wake-up.
     */
    catchUp(): void;
    /** No more requests fall due; those still waiting are dropped. Stopping twice is stopping once. */
    stop(): void;
    /** A connection is free: it takes the oldest waiting request, or waits for the next due one. */
    ready(c: PacedConnection): void;
    /** Forget a connection (closed for good); it is no longer handed requests. */
    remove(c: PacedConnection): void;
    get stats(): PacingStats;
    dueUs(k: number): number;
    waiting(): number;
    private wake;
    private fallDue;
    private drop;
    /** Hands a request to a connection; one that may no longer send (the run is ending) drops it. */
    private dispatch;
}
