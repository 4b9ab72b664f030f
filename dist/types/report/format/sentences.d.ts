import type { Shard } from '../../config/shard.js';
import type { Metrics } from '../../metrics/types.js';
import type { RunDocument } from '../run-document.js';
import type { ThresholdAbort } from '../../config/abort-after.js';
/** What a run's figures come with, said the same way wherever they are shown. */
/**
 * What a paced run did with its rate, and what its response times count
 * from; the same sentence in the terminal, report.html and summary.md.
 */
export declare function pacingSentence(m: Pick<Metrics, 'rate' | 'service_time'>): string | undefined;
/**
 * A load test whose generator ran out of CPU or event loop measured the
 * generator as much as the service; said wherever the figures are shown.
 */
export declare function generatorSentence(m: Pick<Metrics, 'generator' | 'rate'>): string | undefined;
/** Said wherever a run's figures are shown when the target was down for part of it. */
export declare function outageSentence(m: Pick<Metrics, 'unavailable_seconds' | 'total_duration'>): string | undefined;
/** Said wherever a run's figures are shown when its https target was not verified. */
export declare function tlsSentence(doc: {
    config: {
        base_url: string;
        tls_insecure?: true;
    };
}): string | undefined;
/** Every warning a run's figures come with, in the order each view says them. */
export declare function runWarnings(doc: RunDocument): string[];
/** What a shard runs, and when its load starts. */
export declare function shardLine(shard: Shard, startAt: Date | undefined, now?: number): string;
/**
 * An A/B run's thresholds are B's, and by default they gate nothing (`ab`
 * is judged by the comparison): every view says which, so a critical status
 * next to exit 0 is not read as a silent gate.
 */
export declare function abThresholdNote(failOn: string): string;
/**
 * What results.csv holds, said in every view (the terminal's file list,
 * summary.md, report.html): a file of errors only must not be read as a run
 * without successes.
 */
export declare function csvSentence(choice: string | undefined): string;
/** The rows of results.csv under a choice: `a row per failed request only (csv errors)`. */
export declare function csvRows(choice: string | undefined): string;
/**
 * The sentence of a run stopped by `abort_after`: which threshold, since
 * when (wall clock and second of the run), and its last second's value. It
 * is the run's `abort_reason`, so every view that says why a run stopped says it.
 */
export declare function thresholdAbortSentence(a: ThresholdAbort): string;
