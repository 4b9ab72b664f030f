/**
 * Parsing of the human units the config file accepts for thresholds:
 * `5%` / `0.5` for error rates (percent), `300ms` / `2s` / `1.5` for times
 * (seconds), plain numbers for throughput.
 */
/** A duration in seconds from `250ms`, `2s`, `1m` or a bare number of seconds; undefined when malformed. */
export declare function parseSeconds(value: string | number): number | undefined;
/** A percentage from `5%` or a bare number (already percent); undefined when malformed. */
export declare function parsePercent(value: string | number): number | undefined;
/** A non-negative plain number, also when given as a numeric string. */
export declare function parsePlainNumber(value: string | number): number | undefined;
