import { withConfigAb, type AbLabels, type AbRequest, type RawAbRequest } from './ab-request.js';
/**
 * `perf-gate bisect`: the commit between a good and a bad one where the
 * service got slower. Each step builds a candidate in a git worktree, starts
 * it beside the good build, and runs `ab` between the two.
 */
export interface BisectRequest {
    /** as the user named them (a branch, tag, sha); resolved to commits in the repository */
    good: string;
    bad: string;
    /** a shell command line run in each commit's worktree before it starts */
    build: string;
    /** a shell command line holding `{{port}}`; run in the worktree, with PORT set too */
    start: string;
    /** a URL holding `{{port}}`, awaited until it answers 2xx or 3xx; unset: until the port takes connections */
    waitFor?: string;
    waitTimeoutSec: number;
    /** the load of every step; its URLs are set per step (the good build's and the candidate's) */
    ab: AbRequest;
}
export interface RawBisectRequest extends Omit<RawAbRequest, 'aUrl' | 'bUrl'> {
    good?: string;
    bad?: string;
    build?: string;
    start?: string;
    waitFor?: string;
    waitTimeout?: string;
}
export interface BisectLabels extends Omit<AbLabels, 'aUrl' | 'bUrl'> {
    good: string;
    bad: string;
    build: string;
    start: string;
    waitFor: string;
    waitTimeout: string;
}
/** Where the start command and the wait-for URL take each build's port. */
export declare const PORT_PLACEHOLDER = "{{port}}";
/** A bisect step runs this long by default: long enough to decide a 10% change on a quiet machine. */
export declare const BISECT_DURATION = 30;
/** While a step is inconclusive it looks again, up to this many looks (`--max-duration` unset), before it is skipped. */
export declare const BISECT_LOOKS = 3;
export declare function withPort(template: string, port: number): string;
export declare function parseBisectRequest(raw: RawBisectRequest, labels: BisectLabels): BisectRequest;
/**
 * Each step's cap on looks: the request's `--max-duration`, else the
 * config's `ab.max_duration`, else BISECT_LOOKS looks: a step must be able to
 * look again before its commit is skipped.
 */
export declare function withBisectLooks(request: BisectRequest, config: Parameters<typeof withConfigAb>[1], durationLabel: string): BisectRequest;
