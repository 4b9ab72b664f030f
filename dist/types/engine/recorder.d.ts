/**
 * One record per request, kept column-wise in typed arrays so that a million
 * requests cost about 20 MB, not the ~100 MB an object per request would.
 *
 * Columns live in fixed-size chunks rather than one array grown by doubling:
 * growth never copies, and the unused tail is at most one chunk.
 */
/** Bytes one record occupies across the columns. */
export declare const BYTES_PER_RECORD: number;
export interface RecordedError {
    /** an ErrorType */
    type: string;
    /** human text for the CSV's error_message column */
    message: string;
}
export interface RequestRecord {
    /** send time, µs since the recorder's epoch */
    sendUs: number;
    latencyUs: number;
    endpoint: number;
    status: number;
    error?: RecordedError;
    bytes: number;
    stage: number;
}
export declare class Recorder {
    /** wall-clock time (ms since 1970) of sendUs = 0 */
    readonly epochMs: number;
    private readonly chunks;
    private n;
    private readonly errors;
    private readonly errorIds;
    /** by error id − 1: a failure of the connection, before the request could leave */
    private readonly neverSent;
    /**
     * Paced runs only: how long each request waited past its due time before it
     * was sent (µs). Its sendUs is then the due time and its latency counts from
     * there (coordinated omission corrected); latency − wait is the service time.
     */
    private waits?;
    constructor(
    /** wall-clock time (ms since 1970) of sendUs = 0 */
    epochMs: number);
    get length(): number;
    /** Appends one request; returns its index. */
    add(sendUs: number, latencyUs: number, endpoint: number, status: number, errorId: number, bytes: number, stage?: number, waitUs?: number): number;
    /** Interns an error (type, message) pair and returns the id to store with `add`. */
    errorId(type: string, message: string): number;
    /**
     * Like `errorId`, for a type whose messages carry a varying detail (a
     * Retry-After value): after `max` distinct messages of the type, the others
     * share `fallback`, so a server that counts down cannot flood the report.
     */
    boundedErrorId(type: string, message: string, max: number, fallback: string): number;
    sendUs(i: number): number;
    latencyUs(i: number): number;
    endUs(i: number): number;
    endpoint(i: number): number;
    status(i: number): number;
    bytes(i: number): number;
    stage(i: number): number;
    /** µs request i waited past its due time before it was sent (0 unless paced). */
    waitUs(i: number): number;
    /**
     * Whether request i went out: not when its connection failed before it
     * could (refused, no DNS answer, TLS refused), nor when it was a paced
     * request dropped unsent (recorded with all of its latency as wait).
     */
    wasSent(i: number): boolean;
    /** Whether any request waited past its due time (then latencies and service times differ). */
    get hasWaits(): boolean;
    /** 0 when the request succeeded, else an id for `errorOf`. */
    errorIdAt(i: number): number;
    errorOf(id: number): RecordedError | undefined;
    get errorList(): readonly RecordedError[];
    /** Latencies in µs of records [from, to), copied into one array (for sorting; 4 bytes a request). */
    latencies(from?: number, to?: number): Uint32Array;
    /**
     * Service times in µs (from the actual send, not the due time) of the
     * requests in [from, to) that were sent: a paced request dropped unsent has
     * no service time (its whole latency is wait).
     */
    serviceTimes(from?: number, to?: number, into?: Uint32Array): Uint32Array;
    /** One record as an object, for tests and small consumers; avoid in loops over large runs. */
    get(i: number): RequestRecord;
    /** Bytes held by the columns (allocated, not only used). */
    get allocatedBytes(): number;
    /**
     * Frees the columns of records before `index` (whole chunks only): a
     * worker thread keeps no copy of what it sent on. Reading a released
     * record afterwards is a bug, and throws.
     */
    release(index: number): void;
}
