/**
 * Parsing of the human units users write: durations (`30s`, `5m`, `1h30m`,
 * `250ms` or plain seconds) for run lengths, timeouts and time thresholds,
 * `5%` / `0.5` for error rates (percent), plain numbers for throughput,
 * `50MB` / `1.5GB` / plain bytes for memory.
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
/**
 * Bytes from `50MB`, `1.5GB`, `512KiB` or a bare number of bytes (a `/h`
 * after the unit is allowed: a growth per hour reads naturally so);
 * undefined when malformed. MB is 1,000,000 bytes, MiB 1,048,576.
 */
export declare function parseBytes(value: string | number): number | undefined;
