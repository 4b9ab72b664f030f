import { z } from 'zod';
import type { MergeableRun } from './mergeable.js';
/**
 * The zod model of metrics.json's `mergeable`, with bounds. A shard's file
 * was written by another job (another machine, another perf-gate, a hand):
 * `perf-gate merge` adds its counts up and builds a per-second series over
 * its clock, so a count of 1e308, a negative one or a clock days off would
 * pass a gate or allocate gigabytes. Objects stay loose: a newer perf-gate
 * may add keys, which merging ignores.
 */
/** A count of requests: what a run can hold (safe integers, never negative). */
export declare const count: z.ZodNumber;
export declare const mergeableSchema: z.ZodObject<{
    format: z.ZodLiteral<1>;
    shard: z.ZodObject<{
        index: z.ZodNumber;
        of: z.ZodNumber;
    }, z.core.$loose>;
    started_ms: z.ZodNumber;
    ended_ms: z.ZodNumber;
    active_seconds: z.ZodNumber;
    users: z.ZodNumber;
    rps: z.ZodOptional<z.ZodNumber>;
    latency: z.ZodObject<{
        count: z.ZodNumber;
        sum_us: z.ZodNumber;
        min_us: z.ZodNumber;
        max_us: z.ZodNumber;
        hdr: z.ZodString;
    }, z.core.$loose>;
    service_time: z.ZodOptional<z.ZodObject<{
        count: z.ZodNumber;
        sum_us: z.ZodNumber;
        min_us: z.ZodNumber;
        max_us: z.ZodNumber;
        hdr: z.ZodString;
    }, z.core.$loose>>;
    unsent: z.ZodNumber;
    endpoints: z.ZodArray<z.ZodObject<{
        endpoint: z.ZodString;
        method: z.ZodString;
        path: z.ZodString;
        requests: z.ZodNumber;
        failed: z.ZodNumber;
        unsent: z.ZodNumber;
        latency: z.ZodObject<{
            count: z.ZodNumber;
            sum_us: z.ZodNumber;
            min_us: z.ZodNumber;
            max_us: z.ZodNumber;
            hdr: z.ZodString;
        }, z.core.$loose>;
        errors: z.ZodOptional<z.ZodArray<z.ZodObject<{
            type: z.ZodEnum<{
                timeout: "timeout";
                tls: "tls";
                connection_refused: "connection_refused";
                dns: "dns";
                connection_reset: "connection_reset";
                http_4xx: "http_4xx";
                rate_limited: "rate_limited";
                http_5xx: "http_5xx";
                malformed_response: "malformed_response";
                other: "other";
                check_failed: "check_failed";
            }>;
            status: z.ZodNumber;
            count: z.ZodNumber;
        }, z.core.$loose>>>;
        journey: z.ZodOptional<z.ZodString>;
        step: z.ZodOptional<z.ZodString>;
        once: z.ZodOptional<z.ZodBoolean>;
        think: z.ZodOptional<z.ZodNumber>;
    }, z.core.$loose>>;
    seconds: z.ZodArray<z.ZodObject<{
        at: z.ZodNumber;
        requests: z.ZodNumber;
        errors: z.ZodNumber;
        unsent: z.ZodNumber;
        refused: z.ZodBoolean;
        answered: z.ZodBoolean;
        hdr: z.ZodString;
    }, z.core.$loose>>;
    stages: z.ZodOptional<z.ZodArray<z.ZodObject<{
        stage: z.ZodNumber;
        users: z.ZodNumber;
        started_ms: z.ZodNumber;
        ended_ms: z.ZodNumber;
        requests: z.ZodNumber;
        error_types: z.ZodRecord<z.ZodEnum<{
            timeout: "timeout";
            tls: "tls";
            connection_refused: "connection_refused";
            dns: "dns";
            connection_reset: "connection_reset";
            http_4xx: "http_4xx";
            rate_limited: "rate_limited";
            http_5xx: "http_5xx";
            malformed_response: "malformed_response";
            other: "other";
            check_failed: "check_failed";
        }> & z.core.$partial, z.ZodNumber>;
        hdr: z.ZodString;
        event_loop_p99_ms: z.ZodNumber;
        cpu_percent: z.ZodNumber;
    }, z.core.$loose>>>;
    status_codes: z.ZodRecord<z.ZodString, z.ZodNumber>;
    error_messages: z.ZodArray<z.ZodObject<{
        type: z.ZodEnum<{
            timeout: "timeout";
            tls: "tls";
            connection_refused: "connection_refused";
            dns: "dns";
            connection_reset: "connection_reset";
            http_4xx: "http_4xx";
            rate_limited: "rate_limited";
            http_5xx: "http_5xx";
            malformed_response: "malformed_response";
            other: "other";
            check_failed: "check_failed";
        }>;
        message: z.ZodString;
        count: z.ZodNumber;
    }, z.core.$loose>>;
    latency_histogram: z.ZodArray<z.ZodObject<{
        from: z.ZodNumber;
        to: z.ZodNumber;
        count: z.ZodNumber;
    }, z.core.$loose>>;
    generator: z.ZodOptional<z.ZodObject<{
        event_loop_p99_ms: z.ZodNumber;
        cpu_percent: z.ZodNumber;
    }, z.core.$loose>>;
    pacing: z.ZodOptional<z.ZodObject<{
        paces: z.ZodOptional<z.ZodLiteral<"journeys">>;
        target_rps: z.ZodNumber;
        late_requests: z.ZodNumber;
        dropped_requests: z.ZodNumber;
        dropped_at_end: z.ZodNumber;
        max_users: z.ZodNumber;
        users_reached: z.ZodNumber;
        due: z.ZodNumber;
        sent: z.ZodNumber;
    }, z.core.$loose>>;
    latency_basis: z.ZodEnum<{
        actual_send: "actual_send";
        intended_send: "intended_send";
    }>;
    thresholds: z.ZodObject<{
        overall: z.ZodRecord<z.ZodString, z.ZodUnknown>;
        per_endpoint: z.ZodRecord<z.ZodString, z.ZodUnknown>;
    }, z.core.$loose>;
    test: z.ZodObject<{
        users: z.ZodNumber;
        duration: z.ZodNumber;
        rps: z.ZodOptional<z.ZodNumber>;
        steps: z.ZodOptional<z.ZodNumber>;
        base_url: z.ZodString;
        endpoints: z.ZodArray<z.ZodString>;
        start_at: z.ZodOptional<z.ZodString>;
    }, z.core.$loose>;
    error_types: z.ZodRecord<z.ZodEnum<{
        timeout: "timeout";
        tls: "tls";
        connection_refused: "connection_refused";
        dns: "dns";
        connection_reset: "connection_reset";
        http_4xx: "http_4xx";
        rate_limited: "rate_limited";
        http_5xx: "http_5xx";
        malformed_response: "malformed_response";
        other: "other";
        check_failed: "check_failed";
    }> & z.core.$partial, z.ZodNumber>;
    sessions: z.ZodOptional<z.ZodObject<{
        users: z.ZodNumber;
        journeys: z.ZodArray<z.ZodObject<{
            name: z.ZodString;
            iterations: z.ZodNumber;
            failed: z.ZodNumber;
            restarted: z.ZodNumber;
            once_failed: z.ZodOptional<z.ZodNumber>;
            duration_hdr: z.ZodString;
        }, z.core.$loose>>;
        checks: z.ZodArray<z.ZodObject<{
            endpoint: z.ZodNumber;
            label: z.ZodString;
            passed: z.ZodNumber;
            failed: z.ZodNumber;
        }, z.core.$loose>>;
    }, z.core.$loose>>;
}, z.core.$loose>;
/** What is wrong with a (schema-valid) mergeable, and where: `[path, message]`. */
export type Problem = [path: string, message: string];
/**
 * Counts that agree with each other and times within the shard's span: the
 * bounds that keep a merge of hostile shards exact and small. Schema-valid
 * input only (`mergeableSchema`).
 */
export declare function mergeableProblem(m: MergeableRun): Problem | undefined;
/**
 * Each encoded histogram decodes (in a try, size-capped) and holds as many
 * values as its count says. Apart from `mergeableProblem`: only `merge`
 * decodes them, and a shard holds one a second.
 */
export declare function mergeableHistogramProblem(m: MergeableRun): Problem | undefined;
/** A span of time as people read it: `30.0 days`, `12.5 h`, `40 s`. */
export declare function dhm(ms: number): string;
