/**
 * Whether two runs can be compared at all, apart from how they differ: a
 * change measured between runs of other settings is a change of settings.
 */
/** What decides whether two runs measure the same thing: metrics.json's service, mode and config. */
export interface RunIdentity {
    service: string;
    mode: string;
    /** stopped early (a signal): it measured less than its settings say */
    partial?: boolean;
    config: {
        users: number;
        duration: number;
        max_users?: number;
        ramp_up?: number;
        steps?: number;
        rps?: number;
        /** generator threads, when more than one */
        workers?: number;
        /** where the load went: another host or port is another deployment */
        base_url?: string;
    };
    /** the machine that sent the load (metrics.json `provenance.runner`); runs before it was recorded have none */
    provenance?: {
        runner?: {
            cpu: string;
            cores: number;
            memory_bytes: number;
        };
    };
}
/** Differences that make a comparison of two runs suspect; empty when they measured the same thing. */
export declare function comparabilityWarnings(baseline: RunIdentity, current: RunIdentity): string[];
