/**
 * What the virtual users of one load generator did beyond their requests:
 * the iterations of each journey and their durations, and how each check
 * fared. Counts and histograms only, so memory stays flat however long the
 * run; the summary is plain data (a worker thread sends it to the main one).
 */
export interface SessionSummary {
    journeys: JourneyTally[];
    checks: CheckTally[];
    /** virtual users that sent at least one request */
    users: number;
}
export interface JourneyTally {
    name: string;
    /** iterations that ran every looped step (failed checks or not) */
    iterations: number;
    /** of those, iterations with a failed request or check */
    failed: number;
    /** iterations cut short by `on_fail: restart` or `login` */
    restarted: number;
    /** times a user's once-steps (a login) failed: that user sends them again at its next iteration */
    onceFailed: number;
    /** µs histogram (HdrHistogram V2, base64) of the iterations' durations: their steps' response times, pauses left out */
    durationHdr: string;
}
export interface CheckTally {
    /** the step's endpoint index */
    endpoint: number;
    label: string;
    passed: number;
    failed: number;
}
export declare class SessionStats {
    private readonly journeyNames;
    private readonly tallies;
    private readonly checks;
    users: number;
    constructor(journeyNames: readonly string[]);
    iteration(journey: number, durationUs: number, how: 'ok' | 'failed' | 'restarted'): void;
    /** A user's once-steps failed: it is not logged in, and will send them again. */
    onceFailed(journey: number): void;
    check(endpoint: number, label: string, passed: boolean): void;
    summary(): SessionSummary;
}
/** Summaries of load generators that ran side by side (worker threads, shards), added up. */
export declare function mergeSessionSummaries(all: readonly SessionSummary[]): SessionSummary | undefined;
/** The `sessions` of outcomes made side by side (workers, an A/B side's slices) as one, when any has them. */
export declare function mergedSessions(outs: readonly {
    sessions?: SessionSummary;
}[]): {
    sessions?: SessionSummary;
};
