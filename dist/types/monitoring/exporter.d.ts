import { type Server } from 'node:http';
import { Registry } from 'prom-client';
import { type Target } from '../config/resolve.js';
import type { Recorder } from '../engine/recorder.js';
import type { ResourceReading } from '../metrics/resource-series.js';
/** 1 ms to 10 s, dense where web latencies live. */
export declare const DURATION_BUCKETS: number[];
/**
 * The seed's Prometheus metrics, fed from the same recorder as every report,
 * so `sum(perf_test_requests_total)` equals metrics.json's total_requests.
 */
export declare class RunMetrics {
    private readonly target;
    readonly runId: string;
    readonly registry: Registry<"text/plain; version=0.0.4; charset=utf-8">;
    private readonly requests;
    private readonly duration;
    private readonly errors;
    private readonly users;
    private readonly info;
    private readonly rss;
    private readonly cpu;
    private readonly processes;
    constructor(target: Target, mode: string, runId: string);
    setUsers(n: number): void;
    /** The service's process as last read. */
    setResources(r: ResourceReading): void;
    /** Counts records [from, to) of the recorder. */
    observe(recorder: Recorder, from: number, to: number): void;
}
/** Serves /metrics on `port` (all interfaces); a port in use is an InputError before any load. */
export declare function serveMetrics(registry: Registry, port: number, host?: string): Promise<Server>;
/** Pushes to a Pushgateway, grouped by job and run id; CI runs are too short to be scraped reliably. */
export declare function pushgateway(url: string, registry: Registry, runId: string): {
    push(): Promise<void>;
};
