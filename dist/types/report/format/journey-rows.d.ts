import type { Metrics } from '../../metrics/types.js';
/** Most failing checks any view lists by name; the rest are counted. */
export declare const MAX_FAILING_CHECKS = 5;
/** The journeys as table rows (header first), for the terminal, summary.md and report.html alike. */
export declare function journeyRows(m: Pick<Metrics, 'journeys'>): string[][];
/** What a journey's duration is, said under every journeys table. */
export declare const JOURNEY_DURATION_NOTE = "a journey's duration is its looped steps' response times added up: think time and once-steps (a login) left out";
/**
 * `member: its once-steps failed 6 times; each time the user sent them again
 * at its next iteration`: said under every journeys table, since a once-step
 * (a login) that failed is sent again, and its requests then outnumber the users.
 */
export declare function onceFailureLines(m: Pick<Metrics, 'journeys'>): string[];
/** `Checks: 61 of 63 passed (96.83%)`, and the failing checks worst first; nothing without checks. */
export declare function checkLines(m: Pick<Metrics, 'checks'>): string[];
