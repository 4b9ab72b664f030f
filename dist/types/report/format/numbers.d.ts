import type { ThresholdUnit } from '../../config/thresholds.js';
/** Figures as every view writes them: the terminal, report.html, summary.md, junit.xml. */
export declare function formatSeconds(s: number): string;
/** `1 user`, `10 users`. */
export declare function formatUsers(n: number): string;
/** A run length as users wrote it: `60 s` up to two minutes, then `5m`, `1h30m`. */
export declare function formatRunLength(seconds: number): string;
/** A time to two significant digits, for axis labels: `0.4 ms`, `1.3 ms`, `25 ms`, `1.6 s`. */
export declare function formatSecondsRounded(s: number): string;
export declare function formatPercent(p: number): string;
/** Always one decimal (two below 10 req/s), so figures side by side line up: `349.0 req/s`, `341.3 req/s`. */
export declare function formatRps(r: number): string;
export declare function formatCount(n: number): string;
/**
 * Bytes in decimal units, as limits are written (`50MB` = 50,000,000), to
 * three significant digits: `512 B`, `41.2 MB`, `1.5 GB`; a negative
 * figure (memory that shrank) keeps its sign.
 */
export declare function formatBytes(bytes: number): string;
/** A growth: `+62 MB/h`, `−3.1 MB/h`. */
export declare function formatGrowth(bytesPerHour: number): string;
export declare function formatValue(value: number, unit: ThresholdUnit): string;
/** A limit as written in a threshold table: `1 s`, `5%`, `10`, `50 MB/h`. */
export declare function formatLimit(value: number, unit: ThresholdUnit): string;
