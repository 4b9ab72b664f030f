import { type Journey, type StepRules } from '../../config/session-rules.js';
import { type AnswerVerdict } from './read-answer.js';
import type { SessionStats } from './session-stats.js';
import type { StepRequests, ValueSource } from './step-requests.js';
import type { UserPool } from './user-pool.js';
/** A body larger than this is read only this far for checks and captures. */
export declare const MAX_BODY_BYTES: number;
/** What every virtual user of a load generator shares. */
export interface Session {
    endpoints: readonly {
        rules?: StepRules;
    }[];
    /** users walk these; unset: each sends the next request of the run's cycle */
    journeys?: readonly Journey[];
    /** the next journey to start (the weights' mix, across all users) */
    nextJourney: () => number;
    /** plain endpoints: the run's next request (cycle index) and its endpoint */
    nextInCycle: () => number;
    endpointOf: (cycleIndex: number) => number;
    requests: StepRequests;
    /** scheme, host and port: the jar matches cookies on it and the path */
    origin: string;
    cookies: boolean;
    /** data columns by name */
    columns: ReadonlyMap<string, number>;
    /** `order: per_user`: the new user's row; else undefined */
    userRow: () => string[] | undefined;
    /** another order: the row one request reads */
    requestRow: () => string[] | undefined;
    stats: SessionStats;
    random: () => number;
    /** users that go on from an earlier run (an A/B side's slices); unset: each user is new */
    pool?: UserPool;
}
/**
 * One virtual user: a session with its own captured values, cookies and
 * data row, walking a journey (its once-steps first, in its first iteration
 * only, then the looped steps again and again) or the run's endpoints, and
 * pausing after each answer for its think time. It only decides; the
 * connection it owns sends, times and records.
 *
 * Once-steps are once in the life of a user that passed them: a user whose
 * login failed has no session to browse with, so it sends them again at its
 * next iteration (a real user tries again), and each such failure is counted
 * (`once_failures`) so that no view shows the retries as ordinary logins.
 */
export declare class VirtualUser implements ValueSource {
    private readonly s;
    private readonly values;
    private readonly jar?;
    private readonly row?;
    private rowOfRequest?;
    private rowTaken;
    /** the journey of the running iteration, -1 between iterations */
    private journey;
    private pos;
    private readonly loggedIn;
    private onceFailed;
    private iterationUs;
    private iterationFailed;
    /** the endpoint in flight, its URL (for cookies) and what its answer said so far */
    private ep;
    private url;
    private body;
    private bodyBytes;
    private wantBody;
    private headers;
    private pause;
    private sent;
    constructor(s: Session);
    /** The cycle index of the request to send now (for journeys, its endpoint index). */
    next(): number;
    /** Whether the next request begins an iteration: under `--rps`, what the schedule starts. */
    get betweenIterations(): boolean;
    /** The pause owed before the next request, in ms (taken: a second call gives 0). */
    takePause(): number;
    /** The bytes of request `cycleIndex`, for this user. */
    render(cycleIndex: number): Buffer;
    /** A value for `{{name}}`: captured by this user, else its data row's. */
    value(name: string): string | undefined;
    /**
     * `{{name}}` in a check's expected text: the answer's own captures first
     * (they are this user's values from now on), else this user's values.
     * Only names: the config refuses generators and names without a source here.
     */
    private readonly fillText;
    onHeaders(headers: readonly string[]): void;
    onBody(chunk: Buffer, start: number, length: number): void;
    /**
     * The answer came: its rules read it (captures, checks), and the user
     * moves on. Undefined when the step has no rules (the status decides).
     */
    answered(status: number, latencyUs: number, statusOk: boolean): AnswerVerdict | undefined;
    /** No answer came (a timeout, a closed connection): the step failed. */
    failed(latencyUs: number): void;
    private moveOn;
    /**
     * A new session for the same person: captured values and cookies go, the
     * data row (its credentials) stays, and every journey's once-steps run again.
     */
    private forgetSession;
}
