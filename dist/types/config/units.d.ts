/**
 * Parsing of the human units users write: durations (`30s`, `5m`, `1h30m`,
 * `250ms` or plain seconds) for run lengths, timeouts and time thresholds,
 * `5%` / `0.5` for error rates (percent), plain numbers for throughput.
 */
/**
 * Seconds from `1h30m`, `5m`, `30s`, `1.5s`, `250ms`, their combinations in
 * that order, or a bare number of seconds; undefined when malformed.
 */
export declare function parseSeconds(value: string | number): number | undefined;
/** `86400` → `24h`, `90` → `1m30s`: limits shown in the units users write. */
export declare function formatDuration(seconds: number): string;
/** A percentage from `5%` or a bare number (already percent); undefined when malformed. */
export declare function parsePercent(value: string | number): number | undefined;
/** A non-negative plain number, also when given as a numeric string. */
export declare function parsePlainNumber(value: string | number): number | undefined;
