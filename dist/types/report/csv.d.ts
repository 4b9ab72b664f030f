import { type Endpoint } from '../config/resolve.js';
import type { Recorder } from '../engine/recorder.js';
import type { CsvFilter } from './csv-filter.js';
export declare const CSV_HEADER = "timestamp,endpoint,method,status_code,response_time,success,error_message,response_size";
/** A run of journeys adds the journey and step of each request, after the columns every run has. */
export declare const JOURNEY_COLUMNS = ",journey,step";
/** results.csv's header line for a run of these endpoints. */
export declare function csvHeader(endpoints: readonly Pick<Endpoint, 'journey'>[]): string;
/**
 * The endpoint column: a journey's step by its `journey/step` name, as
 * metrics.json's per_endpoint and every comparison row call it (two steps may
 * share a path, and a path says nothing of the journey); a plain endpoint by
 * its path, as before.
 */
export declare function csvEndpoint(e: Pick<Endpoint, 'name' | 'journey' | 'path' | 'shownPath'>): string;
/** RFC 4180: quote a field that holds a comma, a quote or a line break; double its quotes. */
export declare function csvField(value: string): string;
/**
 * Formats records [from, to) as CSV lines, in batches, without an object per
 * row; with a filter, only the records it keeps (`--csv errors`, `sample:N`).
 */
export declare function csvBatches(recorder: Recorder, endpoints: readonly Endpoint[], from: number, to: number, filter?: CsvFilter): Generator<string>;
