import { z } from 'zod';
export declare const endpointSchema: z.ZodObject<{
    weight: z.ZodDefault<z.ZodNumber>;
    thresholds: z.ZodOptional<z.ZodObject<{
        min_requests: z.ZodOptional<z.ZodNumber>;
        error_rate: z.ZodOptional<z.ZodObject<{
            warning: z.ZodPipe<z.ZodUnion<readonly [z.ZodNumber, z.ZodString]>, z.ZodTransform<number, string | number>>;
            critical: z.ZodPipe<z.ZodUnion<readonly [z.ZodNumber, z.ZodString]>, z.ZodTransform<number, string | number>>;
            abort_after: z.ZodOptional<z.ZodPipe<z.ZodUnion<readonly [z.ZodNumber, z.ZodString]>, z.ZodTransform<number, string | number>>>;
        }, z.core.$strict>>;
        avg_response_time: z.ZodOptional<z.ZodObject<{
            warning: z.ZodPipe<z.ZodUnion<readonly [z.ZodNumber, z.ZodString]>, z.ZodTransform<number, string | number>>;
            critical: z.ZodPipe<z.ZodUnion<readonly [z.ZodNumber, z.ZodString]>, z.ZodTransform<number, string | number>>;
            abort_after: z.ZodOptional<z.ZodPipe<z.ZodUnion<readonly [z.ZodNumber, z.ZodString]>, z.ZodTransform<number, string | number>>>;
        }, z.core.$strict>>;
        p50_response_time: z.ZodOptional<z.ZodObject<{
            warning: z.ZodPipe<z.ZodUnion<readonly [z.ZodNumber, z.ZodString]>, z.ZodTransform<number, string | number>>;
            critical: z.ZodPipe<z.ZodUnion<readonly [z.ZodNumber, z.ZodString]>, z.ZodTransform<number, string | number>>;
            abort_after: z.ZodOptional<z.ZodPipe<z.ZodUnion<readonly [z.ZodNumber, z.ZodString]>, z.ZodTransform<number, string | number>>>;
        }, z.core.$strict>>;
        p95_response_time: z.ZodOptional<z.ZodObject<{
            warning: z.ZodPipe<z.ZodUnion<readonly [z.ZodNumber, z.ZodString]>, z.ZodTransform<number, string | number>>;
            critical: z.ZodPipe<z.ZodUnion<readonly [z.ZodNumber, z.ZodString]>, z.ZodTransform<number, string | number>>;
            abort_after: z.ZodOptional<z.ZodPipe<z.ZodUnion<readonly [z.ZodNumber, z.ZodString]>, z.ZodTransform<number, string | number>>>;
        }, z.core.$strict>>;
        p99_response_time: z.ZodOptional<z.ZodObject<{
            warning: z.ZodPipe<z.ZodUnion<readonly [z.ZodNumber, z.ZodString]>, z.ZodTransform<number, string | number>>;
            critical: z.ZodPipe<z.ZodUnion<readonly [z.ZodNumber, z.ZodString]>, z.ZodTransform<number, string | number>>;
            abort_after: z.ZodOptional<z.ZodPipe<z.ZodUnion<readonly [z.ZodNumber, z.ZodString]>, z.ZodTransform<number, string | number>>>;
        }, z.core.$strict>>;
        requests_per_second: z.ZodOptional<z.ZodObject<{
            warning: z.ZodPipe<z.ZodUnion<readonly [z.ZodNumber, z.ZodString]>, z.ZodTransform<number, string | number>>;
            critical: z.ZodPipe<z.ZodUnion<readonly [z.ZodNumber, z.ZodString]>, z.ZodTransform<number, string | number>>;
            abort_after: z.ZodOptional<z.ZodPipe<z.ZodUnion<readonly [z.ZodNumber, z.ZodString]>, z.ZodTransform<number, string | number>>>;
        }, z.core.$strict>>;
        late_requests: z.ZodOptional<z.ZodObject<{
            warning: z.ZodPipe<z.ZodUnion<readonly [z.ZodNumber, z.ZodString]>, z.ZodTransform<number, string | number>>;
            critical: z.ZodPipe<z.ZodUnion<readonly [z.ZodNumber, z.ZodString]>, z.ZodTransform<number, string | number>>;
            abort_after: z.ZodOptional<z.ZodPipe<z.ZodUnion<readonly [z.ZodNumber, z.ZodString]>, z.ZodTransform<number, string | number>>>;
        }, z.core.$strict>>;
        dropped_requests: z.ZodOptional<z.ZodObject<{
            warning: z.ZodPipe<z.ZodUnion<readonly [z.ZodNumber, z.ZodString]>, z.ZodTransform<number, string | number>>;
            critical: z.ZodPipe<z.ZodUnion<readonly [z.ZodNumber, z.ZodString]>, z.ZodTransform<number, string | number>>;
            abort_after: z.ZodOptional<z.ZodPipe<z.ZodUnion<readonly [z.ZodNumber, z.ZodString]>, z.ZodTransform<number, string | number>>>;
        }, z.core.$strict>>;
        run_completion: z.ZodOptional<z.ZodObject<{
            warning: z.ZodPipe<z.ZodUnion<readonly [z.ZodNumber, z.ZodString]>, z.ZodTransform<number, string | number>>;
            critical: z.ZodPipe<z.ZodUnion<readonly [z.ZodNumber, z.ZodString]>, z.ZodTransform<number, string | number>>;
            abort_after: z.ZodOptional<z.ZodPipe<z.ZodUnion<readonly [z.ZodNumber, z.ZodString]>, z.ZodTransform<number, string | number>>>;
        }, z.core.$strict>>;
        check_pass_rate: z.ZodOptional<z.ZodObject<{
            warning: z.ZodPipe<z.ZodUnion<readonly [z.ZodNumber, z.ZodString]>, z.ZodTransform<number, string | number>>;
            critical: z.ZodPipe<z.ZodUnion<readonly [z.ZodNumber, z.ZodString]>, z.ZodTransform<number, string | number>>;
            abort_after: z.ZodOptional<z.ZodPipe<z.ZodUnion<readonly [z.ZodNumber, z.ZodString]>, z.ZodTransform<number, string | number>>>;
        }, z.core.$strict>>;
        p50_journey_duration: z.ZodOptional<z.ZodObject<{
            warning: z.ZodPipe<z.ZodUnion<readonly [z.ZodNumber, z.ZodString]>, z.ZodTransform<number, string | number>>;
            critical: z.ZodPipe<z.ZodUnion<readonly [z.ZodNumber, z.ZodString]>, z.ZodTransform<number, string | number>>;
            abort_after: z.ZodOptional<z.ZodPipe<z.ZodUnion<readonly [z.ZodNumber, z.ZodString]>, z.ZodTransform<number, string | number>>>;
        }, z.core.$strict>>;
        p95_journey_duration: z.ZodOptional<z.ZodObject<{
            warning: z.ZodPipe<z.ZodUnion<readonly [z.ZodNumber, z.ZodString]>, z.ZodTransform<number, string | number>>;
            critical: z.ZodPipe<z.ZodUnion<readonly [z.ZodNumber, z.ZodString]>, z.ZodTransform<number, string | number>>;
            abort_after: z.ZodOptional<z.ZodPipe<z.ZodUnion<readonly [z.ZodNumber, z.ZodString]>, z.ZodTransform<number, string | number>>>;
        }, z.core.$strict>>;
        p99_journey_duration: z.ZodOptional<z.ZodObject<{
            warning: z.ZodPipe<z.ZodUnion<readonly [z.ZodNumber, z.ZodString]>, z.ZodTransform<number, string | number>>;
            critical: z.ZodPipe<z.ZodUnion<readonly [z.ZodNumber, z.ZodString]>, z.ZodTransform<number, string | number>>;
            abort_after: z.ZodOptional<z.ZodPipe<z.ZodUnion<readonly [z.ZodNumber, z.ZodString]>, z.ZodTransform<number, string | number>>>;
        }, z.core.$strict>>;
        iterations_per_second: z.ZodOptional<z.ZodObject<{
            warning: z.ZodPipe<z.ZodUnion<readonly [z.ZodNumber, z.ZodString]>, z.ZodTransform<number, string | number>>;
            critical: z.ZodPipe<z.ZodUnion<readonly [z.ZodNumber, z.ZodString]>, z.ZodTransform<number, string | number>>;
            abort_after: z.ZodOptional<z.ZodPipe<z.ZodUnion<readonly [z.ZodNumber, z.ZodString]>, z.ZodTransform<number, string | number>>>;
        }, z.core.$strict>>;
        rss_growth_per_hour: z.ZodOptional<z.ZodObject<{
            warning: z.ZodPipe<z.ZodUnion<readonly [z.ZodNumber, z.ZodString]>, z.ZodTransform<number, string | number>>;
            critical: z.ZodPipe<z.ZodUnion<readonly [z.ZodNumber, z.ZodString]>, z.ZodTransform<number, string | number>>;
            abort_after: z.ZodOptional<z.ZodPipe<z.ZodUnion<readonly [z.ZodNumber, z.ZodString]>, z.ZodTransform<number, string | number>>>;
        }, z.core.$strict>>;
    }, z.core.$strict>>;
    capture: z.ZodOptional<z.ZodRecord<z.ZodString, z.ZodUnion<readonly [z.ZodPipe<z.ZodString, z.ZodTransform<string, string>>, z.ZodObject<{
        json: z.ZodPipe<z.ZodString, z.ZodTransform<string, string>>;
    }, z.core.$strict>, z.ZodObject<{
        header: z.ZodString;
    }, z.core.$strict>, z.ZodObject<{
        regex: z.ZodPipe<z.ZodString, z.ZodTransform<string, string>>;
        group: z.ZodDefault<z.ZodNumber>;
    }, z.core.$strict>]>>>;
    check: z.ZodOptional<z.ZodObject<{
        status: z.ZodOptional<z.ZodUnion<readonly [z.ZodNumber, z.ZodArray<z.ZodNumber>]>>;
        exists: z.ZodOptional<z.ZodArray<z.ZodPipe<z.ZodString, z.ZodTransform<string, string>>>>;
        equals: z.ZodOptional<z.ZodRecord<z.ZodPipe<z.ZodString, z.ZodTransform<string, string>>, z.ZodUnion<readonly [z.ZodString, z.ZodNumber, z.ZodBoolean, z.ZodNull]>>>;
        contains: z.ZodOptional<z.ZodUnion<readonly [z.ZodString, z.ZodArray<z.ZodString>]>>;
        max_latency: z.ZodOptional<z.ZodPipe<z.ZodUnion<readonly [z.ZodNumber, z.ZodString]>, z.ZodTransform<number, string | number>>>;
    }, z.core.$strict>>;
    think: z.ZodOptional<z.ZodUnion<readonly [z.ZodPipe<z.ZodUnion<readonly [z.ZodNumber, z.ZodString]>, z.ZodTransform<number, string | number>>, z.ZodTuple<[z.ZodPipe<z.ZodUnion<readonly [z.ZodNumber, z.ZodString]>, z.ZodTransform<number, string | number>>, z.ZodPipe<z.ZodUnion<readonly [z.ZodNumber, z.ZodString]>, z.ZodTransform<number, string | number>>], null>]>>;
    path: z.ZodPipe<z.ZodString, z.ZodPipe<z.ZodString, z.ZodTransform<string, string>>>;
    method: z.ZodPipe<z.ZodPipe<z.ZodDefault<z.ZodString>, z.ZodTransform<string, string>>, z.ZodEnum<{
        GET: "GET";
        POST: "POST";
        PUT: "PUT";
        PATCH: "PATCH";
        DELETE: "DELETE";
        HEAD: "HEAD";
        OPTIONS: "OPTIONS";
    }>>;
    body: z.ZodOptional<z.ZodUnion<readonly [z.ZodString, z.ZodRecord<z.ZodString, z.ZodUnknown>, z.ZodArray<z.ZodUnknown>]>>;
    headers: z.ZodOptional<z.ZodRecord<z.ZodString, z.ZodPipe<z.ZodString, z.ZodTransform<string, string>>>>;
}, z.core.$strict>;
export declare const setupRequestSchema: z.ZodObject<{
    capture: z.ZodOptional<z.ZodRecord<z.ZodString, z.ZodPipe<z.ZodString, z.ZodTransform<string, string>>>>;
    path: z.ZodPipe<z.ZodString, z.ZodPipe<z.ZodString, z.ZodTransform<string, string>>>;
    method: z.ZodPipe<z.ZodPipe<z.ZodDefault<z.ZodString>, z.ZodTransform<string, string>>, z.ZodEnum<{
        GET: "GET";
        POST: "POST";
        PUT: "PUT";
        PATCH: "PATCH";
        DELETE: "DELETE";
        HEAD: "HEAD";
        OPTIONS: "OPTIONS";
    }>>;
    body: z.ZodOptional<z.ZodUnion<readonly [z.ZodString, z.ZodRecord<z.ZodString, z.ZodUnknown>, z.ZodArray<z.ZodUnknown>]>>;
    headers: z.ZodOptional<z.ZodRecord<z.ZodString, z.ZodPipe<z.ZodString, z.ZodTransform<string, string>>>>;
}, z.core.$strict>;
export declare const dataSchema: z.ZodObject<{
    file: z.ZodString;
    order: z.ZodDefault<z.ZodEnum<{
        sequence: "sequence";
        random: "random";
        unique: "unique";
        per_user: "per_user";
    }>>;
}, z.core.$strict>;
export declare const serviceSchema: z.ZodObject<{
    base_url: z.ZodOptional<z.ZodURL>;
    port: z.ZodOptional<z.ZodNumber>;
    headers: z.ZodOptional<z.ZodRecord<z.ZodString, z.ZodPipe<z.ZodString, z.ZodTransform<string, string>>>>;
    endpoints: z.ZodOptional<z.ZodArray<z.ZodObject<{
        weight: z.ZodDefault<z.ZodNumber>;
        thresholds: z.ZodOptional<z.ZodObject<{
            min_requests: z.ZodOptional<z.ZodNumber>;
            error_rate: z.ZodOptional<z.ZodObject<{
                warning: z.ZodPipe<z.ZodUnion<readonly [z.ZodNumber, z.ZodString]>, z.ZodTransform<number, string | number>>;
                critical: z.ZodPipe<z.ZodUnion<readonly [z.ZodNumber, z.ZodString]>, z.ZodTransform<number, string | number>>;
                abort_after: z.ZodOptional<z.ZodPipe<z.ZodUnion<readonly [z.ZodNumber, z.ZodString]>, z.ZodTransform<number, string | number>>>;
            }, z.core.$strict>>;
            avg_response_time: z.ZodOptional<z.ZodObject<{
                warning: z.ZodPipe<z.ZodUnion<readonly [z.ZodNumber, z.ZodString]>, z.ZodTransform<number, string | number>>;
                critical: z.ZodPipe<z.ZodUnion<readonly [z.ZodNumber, z.ZodString]>, z.ZodTransform<number, string | number>>;
                abort_after: z.ZodOptional<z.ZodPipe<z.ZodUnion<readonly [z.ZodNumber, z.ZodString]>, z.ZodTransform<number, string | number>>>;
            }, z.core.$strict>>;
            p50_response_time: z.ZodOptional<z.ZodObject<{
                warning: z.ZodPipe<z.ZodUnion<readonly [z.ZodNumber, z.ZodString]>, z.ZodTransform<number, string | number>>;
                critical: z.ZodPipe<z.ZodUnion<readonly [z.ZodNumber, z.ZodString]>, z.ZodTransform<number, string | number>>;
                abort_after: z.ZodOptional<z.ZodPipe<z.ZodUnion<readonly [z.ZodNumber, z.ZodString]>, z.ZodTransform<number, string | number>>>;
            }, z.core.$strict>>;
            p95_response_time: z.ZodOptional<z.ZodObject<{
                warning: z.ZodPipe<z.ZodUnion<readonly [z.ZodNumber, z.ZodString]>, z.ZodTransform<number, string | number>>;
                critical: z.ZodPipe<z.ZodUnion<readonly [z.ZodNumber, z.ZodString]>, z.ZodTransform<number, string | number>>;
                abort_after: z.ZodOptional<z.ZodPipe<z.ZodUnion<readonly [z.ZodNumber, z.ZodString]>, z.ZodTransform<number, string | number>>>;
            }, z.core.$strict>>;
            p99_response_time: z.ZodOptional<z.ZodObject<{
                warning: z.ZodPipe<z.ZodUnion<readonly [z.ZodNumber, z.ZodString]>, z.ZodTransform<number, string | number>>;
                critical: z.ZodPipe<z.ZodUnion<readonly [z.ZodNumber, z.ZodString]>, z.ZodTransform<number, string | number>>;
                abort_after: z.ZodOptional<z.ZodPipe<z.ZodUnion<readonly [z.ZodNumber, z.ZodString]>, z.ZodTransform<number, string | number>>>;
            }, z.core.$strict>>;
            requests_per_second: z.ZodOptional<z.ZodObject<{
                warning: z.ZodPipe<z.ZodUnion<readonly [z.ZodNumber, z.ZodString]>, z.ZodTransform<number, string | number>>;
                critical: z.ZodPipe<z.ZodUnion<readonly [z.ZodNumber, z.ZodString]>, z.ZodTransform<number, string | number>>;
                abort_after: z.ZodOptional<z.ZodPipe<z.ZodUnion<readonly [z.ZodNumber, z.ZodString]>, z.ZodTransform<number, string | number>>>;
            }, z.core.$strict>>;
            late_requests: z.ZodOptional<z.ZodObject<{
                warning: z.ZodPipe<z.ZodUnion<readonly [z.ZodNumber, z.ZodString]>, z.ZodTransform<number, string | number>>;
                critical: z.ZodPipe<z.ZodUnion<readonly [z.ZodNumber, z.ZodString]>, z.ZodTransform<number, string | number>>;
                abort_after: z.ZodOptional<z.ZodPipe<z.ZodUnion<readonly [z.ZodNumber, z.ZodString]>, z.ZodTransform<number, string | number>>>;
            }, z.core.$strict>>;
            dropped_requests: z.ZodOptional<z.ZodObject<{
                warning: z.ZodPipe<z.ZodUnion<readonly [z.ZodNumber, z.ZodString]>, z.ZodTransform<number, string | number>>;
                critical: z.ZodPipe<z.ZodUnion<readonly [z.ZodNumber, z.ZodString]>, z.ZodTransform<number, string | number>>;
                abort_after: z.ZodOptional<z.ZodPipe<z.ZodUnion<readonly [z.ZodNumber, z.ZodString]>, z.ZodTransform<number, string | number>>>;
            }, z.core.$strict>>;
            run_completion: z.ZodOptional<z.ZodObject<{
                warning: z.ZodPipe<z.ZodUnion<readonly [z.ZodNumber, z.ZodString]>, z.ZodTransform<number, string | number>>;
                critical: z.ZodPipe<z.ZodUnion<readonly [z.ZodNumber, z.ZodString]>, z.ZodTransform<number, string | number>>;
                abort_after: z.ZodOptional<z.ZodPipe<z.ZodUnion<readonly [z.ZodNumber, z.ZodString]>, z.ZodTransform<number, string | number>>>;
            }, z.core.$strict>>;
            check_pass_rate: z.ZodOptional<z.ZodObject<{
                warning: z.ZodPipe<z.ZodUnion<readonly [z.ZodNumber, z.ZodString]>, z.ZodTransform<number, string | number>>;
                critical: z.ZodPipe<z.ZodUnion<readonly [z.ZodNumber, z.ZodString]>, z.ZodTransform<number, string | number>>;
                abort_after: z.ZodOptional<z.ZodPipe<z.ZodUnion<readonly [z.ZodNumber, z.ZodString]>, z.ZodTransform<number, string | number>>>;
            }, z.core.$strict>>;
            p50_journey_duration: z.ZodOptional<z.ZodObject<{
                warning: z.ZodPipe<z.ZodUnion<readonly [z.ZodNumber, z.ZodString]>, z.ZodTransform<number, string | number>>;
                critical: z.ZodPipe<z.ZodUnion<readonly [z.ZodNumber, z.ZodString]>, z.ZodTransform<number, string | number>>;
                abort_after: z.ZodOptional<z.ZodPipe<z.ZodUnion<readonly [z.ZodNumber, z.ZodString]>, z.ZodTransform<number, string | number>>>;
            }, z.core.$strict>>;
            p95_journey_duration: z.ZodOptional<z.ZodObject<{
                warning: z.ZodPipe<z.ZodUnion<readonly [z.ZodNumber, z.ZodString]>, z.ZodTransform<number, string | number>>;
                critical: z.ZodPipe<z.ZodUnion<readonly [z.ZodNumber, z.ZodString]>, z.ZodTransform<number, string | number>>;
                abort_after: z.ZodOptional<z.ZodPipe<z.ZodUnion<readonly [z.ZodNumber, z.ZodString]>, z.ZodTransform<number, string | number>>>;
            }, z.core.$strict>>;
            p99_journey_duration: z.ZodOptional<z.ZodObject<{
                warning: z.ZodPipe<z.ZodUnion<readonly [z.ZodNumber, z.ZodString]>, z.ZodTransform<number, string | number>>;
                critical: z.ZodPipe<z.ZodUnion<readonly [z.ZodNumber, z.ZodString]>, z.ZodTransform<number, string | number>>;
                abort_after: z.ZodOptional<z.ZodPipe<z.ZodUnion<readonly [z.ZodNumber, z.ZodString]>, z.ZodTransform<number, string | number>>>;
            }, z.core.$strict>>;
            iterations_per_second: z.ZodOptional<z.ZodObject<{
                warning: z.ZodPipe<z.ZodUnion<readonly [z.ZodNumber, z.ZodString]>, z.ZodTransform<number, string | number>>;
                critical: z.ZodPipe<z.ZodUnion<readonly [z.ZodNumber, z.ZodString]>, z.ZodTransform<number, string | number>>;
                abort_after: z.ZodOptional<z.ZodPipe<z.ZodUnion<readonly [z.ZodNumber, z.ZodString]>, z.ZodTransform<number, string | number>>>;
            }, z.core.$strict>>;
            rss_growth_per_hour: z.ZodOptional<z.ZodObject<{
                warning: z.ZodPipe<z.ZodUnion<readonly [z.ZodNumber, z.ZodString]>, z.ZodTransform<number, string | number>>;
                critical: z.ZodPipe<z.ZodUnion<readonly [z.ZodNumber, z.ZodString]>, z.ZodTransform<number, string | number>>;
                abort_after: z.ZodOptional<z.ZodPipe<z.ZodUnion<readonly [z.ZodNumber, z.ZodString]>, z.ZodTransform<number, string | number>>>;
            }, z.core.$strict>>;
        }, z.core.$strict>>;
        capture: z.ZodOptional<z.ZodRecord<z.ZodString, z.ZodUnion<readonly [z.ZodPipe<z.ZodString, z.ZodTransform<string, string>>, z.ZodObject<{
            json: z.ZodPipe<z.ZodString, z.ZodTransform<string, string>>;
        }, z.core.$strict>, z.ZodObject<{
            header: z.ZodString;
        }, z.core.$strict>, z.ZodObject<{
            regex: z.ZodPipe<z.ZodString, z.ZodTransform<string, string>>;
            group: z.ZodDefault<z.ZodNumber>;
        }, z.core.$strict>]>>>;
        check: z.ZodOptional<z.ZodObject<{
            status: z.ZodOptional<z.ZodUnion<readonly [z.ZodNumber, z.ZodArray<z.ZodNumber>]>>;
            exists: z.ZodOptional<z.ZodArray<z.ZodPipe<z.ZodString, z.ZodTransform<string, string>>>>;
            equals: z.ZodOptional<z.ZodRecord<z.ZodPipe<z.ZodString, z.ZodTransform<string, string>>, z.ZodUnion<readonly [z.ZodString, z.ZodNumber, z.ZodBoolean, z.ZodNull]>>>;
            contains: z.ZodOptional<z.ZodUnion<readonly [z.ZodString, z.ZodArray<z.ZodString>]>>;
            max_latency: z.ZodOptional<z.ZodPipe<z.ZodUnion<readonly [z.ZodNumber, z.ZodString]>, z.ZodTransform<number, string | number>>>;
        }, z.core.$strict>>;
        think: z.ZodOptional<z.ZodUnion<readonly [z.ZodPipe<z.ZodUnion<readonly [z.ZodNumber, z.ZodString]>, z.ZodTransform<number, string | number>>, z.ZodTuple<[z.ZodPipe<z.ZodUnion<readonly [z.ZodNumber, z.ZodString]>, z.ZodTransform<number, string | number>>, z.ZodPipe<z.ZodUnion<readonly [z.ZodNumber, z.ZodString]>, z.ZodTransform<number, string | number>>], null>]>>;
        path: z.ZodPipe<z.ZodString, z.ZodPipe<z.ZodString, z.ZodTransform<string, string>>>;
        method: z.ZodPipe<z.ZodPipe<z.ZodDefault<z.ZodString>, z.ZodTransform<string, string>>, z.ZodEnum<{
            GET: "GET";
            POST: "POST";
            PUT: "PUT";
            PATCH: "PATCH";
            DELETE: "DELETE";
            HEAD: "HEAD";
            OPTIONS: "OPTIONS";
        }>>;
        body: z.ZodOptional<z.ZodUnion<readonly [z.ZodString, z.ZodRecord<z.ZodString, z.ZodUnknown>, z.ZodArray<z.ZodUnknown>]>>;
        headers: z.ZodOptional<z.ZodRecord<z.ZodString, z.ZodPipe<z.ZodString, z.ZodTransform<string, string>>>>;
    }, z.core.$strict>>>;
    journeys: z.ZodOptional<z.ZodArray<z.ZodObject<{
        name: z.ZodString;
        weight: z.ZodDefault<z.ZodNumber>;
        think: z.ZodOptional<z.ZodUnion<readonly [z.ZodPipe<z.ZodUnion<readonly [z.ZodNumber, z.ZodString]>, z.ZodTransform<number, string | number>>, z.ZodTuple<[z.ZodPipe<z.ZodUnion<readonly [z.ZodNumber, z.ZodString]>, z.ZodTransform<number, string | number>>, z.ZodPipe<z.ZodUnion<readonly [z.ZodNumber, z.ZodString]>, z.ZodTransform<number, string | number>>], null>]>>;
        on_fail: z.ZodDefault<z.ZodEnum<{
            continue: "continue";
            restart: "restart";
            login: "login";
        }>>;
        steps: z.ZodArray<z.ZodObject<{
            once: z.ZodDefault<z.ZodBoolean>;
            on_fail: z.ZodOptional<z.ZodEnum<{
                continue: "continue";
                restart: "restart";
                login: "login";
            }>>;
            thresholds: z.ZodOptional<z.ZodObject<{
                min_requests: z.ZodOptional<z.ZodNumber>;
                error_rate: z.ZodOptional<z.ZodObject<{
                    warning: z.ZodPipe<z.ZodUnion<readonly [z.ZodNumber, z.ZodString]>, z.ZodTransform<number, string | number>>;
                    critical: z.ZodPipe<z.ZodUnion<readonly [z.ZodNumber, z.ZodString]>, z.ZodTransform<number, string | number>>;
                    abort_after: z.ZodOptional<z.ZodPipe<z.ZodUnion<readonly [z.ZodNumber, z.ZodString]>, z.ZodTransform<number, string | number>>>;
                }, z.core.$strict>>;
                avg_response_time: z.ZodOptional<z.ZodObject<{
                    warning: z.ZodPipe<z.ZodUnion<readonly [z.ZodNumber, z.ZodString]>, z.ZodTransform<number, string | number>>;
                    critical: z.ZodPipe<z.ZodUnion<readonly [z.ZodNumber, z.ZodString]>, z.ZodTransform<number, string | number>>;
                    abort_after: z.ZodOptional<z.ZodPipe<z.ZodUnion<readonly [z.ZodNumber, z.ZodString]>, z.ZodTransform<number, string | number>>>;
                }, z.core.$strict>>;
                p50_response_time: z.ZodOptional<z.ZodObject<{
                    warning: z.ZodPipe<z.ZodUnion<readonly [z.ZodNumber, z.ZodString]>, z.ZodTransform<number, string | number>>;
                    critical: z.ZodPipe<z.ZodUnion<readonly [z.ZodNumber, z.ZodString]>, z.ZodTransform<number, string | number>>;
                    abort_after: z.ZodOptional<z.ZodPipe<z.ZodUnion<readonly [z.ZodNumber, z.ZodString]>, z.ZodTransform<number, string | number>>>;
                }, z.core.$strict>>;
                p95_response_time: z.ZodOptional<z.ZodObject<{
                    warning: z.ZodPipe<z.ZodUnion<readonly [z.ZodNumber, z.ZodString]>, z.ZodTransform<number, string | number>>;
                    critical: z.ZodPipe<z.ZodUnion<readonly [z.ZodNumber, z.ZodString]>, z.ZodTransform<number, string | number>>;
                    abort_after: z.ZodOptional<z.ZodPipe<z.ZodUnion<readonly [z.ZodNumber, z.ZodString]>, z.ZodTransform<number, string | number>>>;
                }, z.core.$strict>>;
                p99_response_time: z.ZodOptional<z.ZodObject<{
                    warning: z.ZodPipe<z.ZodUnion<readonly [z.ZodNumber, z.ZodString]>, z.ZodTransform<number, string | number>>;
                    critical: z.ZodPipe<z.ZodUnion<readonly [z.ZodNumber, z.ZodString]>, z.ZodTransform<number, string | number>>;
                    abort_after: z.ZodOptional<z.ZodPipe<z.ZodUnion<readonly [z.ZodNumber, z.ZodString]>, z.ZodTransform<number, string | number>>>;
                }, z.core.$strict>>;
                requests_per_second: z.ZodOptional<z.ZodObject<{
                    warning: z.ZodPipe<z.ZodUnion<readonly [z.ZodNumber, z.ZodString]>, z.ZodTransform<number, string | number>>;
                    critical: z.ZodPipe<z.ZodUnion<readonly [z.ZodNumber, z.ZodString]>, z.ZodTransform<number, string | number>>;
                    abort_after: z.ZodOptional<z.ZodPipe<z.ZodUnion<readonly [z.ZodNumber, z.ZodString]>, z.ZodTransform<number, string | number>>>;
                }, z.core.$strict>>;
                late_requests: z.ZodOptional<z.ZodObject<{
                    warning: z.ZodPipe<z.ZodUnion<readonly [z.ZodNumber, z.ZodString]>, z.ZodTransform<number, string | number>>;
                    critical: z.ZodPipe<z.ZodUnion<readonly [z.ZodNumber, z.ZodString]>, z.ZodTransform<number, string | number>>;
                    abort_after: z.ZodOptional<z.ZodPipe<z.ZodUnion<readonly [z.ZodNumber, z.ZodString]>, z.ZodTransform<number, string | number>>>;
                }, z.core.$strict>>;
                dropped_requests: z.ZodOptional<z.ZodObject<{
                    warning: z.ZodPipe<z.ZodUnion<readonly [z.ZodNumber, z.ZodString]>, z.ZodTransform<number, string | number>>;
                    critical: z.ZodPipe<z.ZodUnion<readonly [z.ZodNumber, z.ZodString]>, z.ZodTransform<number, string | number>>;
                    abort_after: z.ZodOptional<z.ZodPipe<z.ZodUnion<readonly [z.ZodNumber, z.ZodString]>, z.ZodTransform<number, string | number>>>;
                }, z.core.$strict>>;
                run_completion: z.ZodOptional<z.ZodObject<{
                    warning: z.ZodPipe<z.ZodUnion<readonly [z.ZodNumber, z.ZodString]>, z.ZodTransform<number, string | number>>;
                    critical: z.ZodPipe<z.ZodUnion<readonly [z.ZodNumber, z.ZodString]>, z.ZodTransform<number, string | number>>;
                    abort_after: z.ZodOptional<z.ZodPipe<z.ZodUnion<readonly [z.ZodNumber, z.ZodString]>, z.ZodTransform<number, string | number>>>;
                }, z.core.$strict>>;
                check_pass_rate: z.ZodOptional<z.ZodObject<{
                    warning: z.ZodPipe<z.ZodUnion<readonly [z.ZodNumber, z.ZodString]>, z.ZodTransform<number, string | number>>;
                    critical: z.ZodPipe<z.ZodUnion<readonly [z.ZodNumber, z.ZodString]>, z.ZodTransform<number, string | number>>;
                    abort_after: z.ZodOptional<z.ZodPipe<z.ZodUnion<readonly [z.ZodNumber, z.ZodString]>, z.ZodTransform<number, string | number>>>;
                }, z.core.$strict>>;
                p50_journey_duration: z.ZodOptional<z.ZodObject<{
                    warning: z.ZodPipe<z.ZodUnion<readonly [z.ZodNumber, z.ZodString]>, z.ZodTransform<number, string | number>>;
                    critical: z.ZodPipe<z.ZodUnion<readonly [z.ZodNumber, z.ZodString]>, z.ZodTransform<number, string | number>>;
                    abort_after: z.ZodOptional<z.ZodPipe<z.ZodUnion<readonly [z.ZodNumber, z.ZodString]>, z.ZodTransform<number, string | number>>>;
                }, z.core.$strict>>;
                p95_journey_duration: z.ZodOptional<z.ZodObject<{
                    warning: z.ZodPipe<z.ZodUnion<readonly [z.ZodNumber, z.ZodString]>, z.ZodTransform<number, string | number>>;
                    critical: z.ZodPipe<z.ZodUnion<readonly [z.ZodNumber, z.ZodString]>, z.ZodTransform<number, string | number>>;
                    abort_after: z.ZodOptional<z.ZodPipe<z.ZodUnion<readonly [z.ZodNumber, z.ZodString]>, z.ZodTransform<number, string | number>>>;
                }, z.core.$strict>>;
                p99_journey_duration: z.ZodOptional<z.ZodObject<{
                    warning: z.ZodPipe<z.ZodUnion<readonly [z.ZodNumber, z.ZodString]>, z.ZodTransform<number, string | number>>;
                    critical: z.ZodPipe<z.ZodUnion<readonly [z.ZodNumber, z.ZodString]>, z.ZodTransform<number, string | number>>;
                    abort_after: z.ZodOptional<z.ZodPipe<z.ZodUnion<readonly [z.ZodNumber, z.ZodString]>, z.ZodTransform<number, string | number>>>;
                }, z.core.$strict>>;
                iterations_per_second: z.ZodOptional<z.ZodObject<{
                    warning: z.ZodPipe<z.ZodUnion<readonly [z.ZodNumber, z.ZodString]>, z.ZodTransform<number, string | number>>;
                    critical: z.ZodPipe<z.ZodUnion<readonly [z.ZodNumber, z.ZodString]>, z.ZodTransform<number, string | number>>;
                    abort_after: z.ZodOptional<z.ZodPipe<z.ZodUnion<readonly [z.ZodNumber, z.ZodString]>, z.ZodTransform<number, string | number>>>;
                }, z.core.$strict>>;
                rss_growth_per_hour: z.ZodOptional<z.ZodObject<{
                    warning: z.ZodPipe<z.ZodUnion<readonly [z.ZodNumber, z.ZodString]>, z.ZodTransform<number, string | number>>;
                    critical: z.ZodPipe<z.ZodUnion<readonly [z.ZodNumber, z.ZodString]>, z.ZodTransform<number, string | number>>;
                    abort_after: z.ZodOptional<z.ZodPipe<z.ZodUnion<readonly [z.ZodNumber, z.ZodString]>, z.ZodTransform<number, string | number>>>;
                }, z.core.$strict>>;
            }, z.core.$strict>>;
            capture: z.ZodOptional<z.ZodRecord<z.ZodString, z.ZodUnion<readonly [z.ZodPipe<z.ZodString, z.ZodTransform<string, string>>, z.ZodObject<{
                json: z.ZodPipe<z.ZodString, z.ZodTransform<string, string>>;
            }, z.core.$strict>, z.ZodObject<{
                header: z.ZodString;
            }, z.core.$strict>, z.ZodObject<{
                regex: z.ZodPipe<z.ZodString, z.ZodTransform<string, string>>;
                group: z.ZodDefault<z.ZodNumber>;
            }, z.core.$strict>]>>>;
            check: z.ZodOptional<z.ZodObject<{
                status: z.ZodOptional<z.ZodUnion<readonly [z.ZodNumber, z.ZodArray<z.ZodNumber>]>>;
                exists: z.ZodOptional<z.ZodArray<z.ZodPipe<z.ZodString, z.ZodTransform<string, string>>>>;
                equals: z.ZodOptional<z.ZodRecord<z.ZodPipe<z.ZodString, z.ZodTransform<string, string>>, z.ZodUnion<readonly [z.ZodString, z.ZodNumber, z.ZodBoolean, z.ZodNull]>>>;
                contains: z.ZodOptional<z.ZodUnion<readonly [z.ZodString, z.ZodArray<z.ZodString>]>>;
                max_latency: z.ZodOptional<z.ZodPipe<z.ZodUnion<readonly [z.ZodNumber, z.ZodString]>, z.ZodTransform<number, string | number>>>;
            }, z.core.$strict>>;
            think: z.ZodOptional<z.ZodUnion<readonly [z.ZodPipe<z.ZodUnion<readonly [z.ZodNumber, z.ZodString]>, z.ZodTransform<number, string | number>>, z.ZodTuple<[z.ZodPipe<z.ZodUnion<readonly [z.ZodNumber, z.ZodString]>, z.ZodTransform<number, string | number>>, z.ZodPipe<z.ZodUnion<readonly [z.ZodNumber, z.ZodString]>, z.ZodTransform<number, string | number>>], null>]>>;
            path: z.ZodPipe<z.ZodString, z.ZodPipe<z.ZodString, z.ZodTransform<string, string>>>;
            method: z.ZodPipe<z.ZodPipe<z.ZodDefault<z.ZodString>, z.ZodTransform<string, string>>, z.ZodEnum<{
                GET: "GET";
                POST: "POST";
                PUT: "PUT";
                PATCH: "PATCH";
                DELETE: "DELETE";
                HEAD: "HEAD";
                OPTIONS: "OPTIONS";
            }>>;
            body: z.ZodOptional<z.ZodUnion<readonly [z.ZodString, z.ZodRecord<z.ZodString, z.ZodUnknown>, z.ZodArray<z.ZodUnknown>]>>;
            headers: z.ZodOptional<z.ZodRecord<z.ZodString, z.ZodPipe<z.ZodString, z.ZodTransform<string, string>>>>;
            name: z.ZodOptional<z.ZodString>;
        }, z.core.$strict>>;
        thresholds: z.ZodOptional<z.ZodObject<{
            min_requests: z.ZodOptional<z.ZodNumber>;
            check_pass_rate: z.ZodOptional<z.ZodObject<{
                warning: z.ZodPipe<z.ZodUnion<readonly [z.ZodNumber, z.ZodString]>, z.ZodTransform<number, string | number>>;
                critical: z.ZodPipe<z.ZodUnion<readonly [z.ZodNumber, z.ZodString]>, z.ZodTransform<number, string | number>>;
                abort_after: z.ZodOptional<z.ZodPipe<z.ZodUnion<readonly [z.ZodNumber, z.ZodString]>, z.ZodTransform<number, string | number>>>;
            }, z.core.$strict>>;
            p50_journey_duration: z.ZodOptional<z.ZodObject<{
                warning: z.ZodPipe<z.ZodUnion<readonly [z.ZodNumber, z.ZodString]>, z.ZodTransform<number, string | number>>;
                critical: z.ZodPipe<z.ZodUnion<readonly [z.ZodNumber, z.ZodString]>, z.ZodTransform<number, string | number>>;
                abort_after: z.ZodOptional<z.ZodPipe<z.ZodUnion<readonly [z.ZodNumber, z.ZodString]>, z.ZodTransform<number, string | number>>>;
            }, z.core.$strict>>;
            p95_journey_duration: z.ZodOptional<z.ZodObject<{
                warning: z.ZodPipe<z.ZodUnion<readonly [z.ZodNumber, z.ZodString]>, z.ZodTransform<number, string | number>>;
                critical: z.ZodPipe<z.ZodUnion<readonly [z.ZodNumber, z.ZodString]>, z.ZodTransform<number, string | number>>;
                abort_after: z.ZodOptional<z.ZodPipe<z.ZodUnion<readonly [z.ZodNumber, z.ZodString]>, z.ZodTransform<number, string | number>>>;
            }, z.core.$strict>>;
            p99_journey_duration: z.ZodOptional<z.ZodObject<{
                warning: z.ZodPipe<z.ZodUnion<readonly [z.ZodNumber, z.ZodString]>, z.ZodTransform<number, string | number>>;
                critical: z.ZodPipe<z.ZodUnion<readonly [z.ZodNumber, z.ZodString]>, z.ZodTransform<number, string | number>>;
                abort_after: z.ZodOptional<z.ZodPipe<z.ZodUnion<readonly [z.ZodNumber, z.ZodString]>, z.ZodTransform<number, string | number>>>;
            }, z.core.$strict>>;
            iterations_per_second: z.ZodOptional<z.ZodObject<{
                warning: z.ZodPipe<z.ZodUnion<readonly [z.ZodNumber, z.ZodString]>, z.ZodTransform<number, string | number>>;
                critical: z.ZodPipe<z.ZodUnion<readonly [z.ZodNumber, z.ZodString]>, z.ZodTransform<number, string | number>>;
                abort_after: z.ZodOptional<z.ZodPipe<z.ZodUnion<readonly [z.ZodNumber, z.ZodString]>, z.ZodTransform<number, string | number>>>;
            }, z.core.$strict>>;
        }, z.core.$strict>>;
    }, z.core.$strict>>>;
    cookies: z.ZodOptional<z.ZodBoolean>;
    thresholds: z.ZodOptional<z.ZodObject<{
        min_requests: z.ZodOptional<z.ZodNumber>;
        error_rate: z.ZodOptional<z.ZodObject<{
            warning: z.ZodPipe<z.ZodUnion<readonly [z.ZodNumber, z.ZodString]>, z.ZodTransform<number, string | number>>;
            critical: z.ZodPipe<z.ZodUnion<readonly [z.ZodNumber, z.ZodString]>, z.ZodTransform<number, string | number>>;
            abort_after: z.ZodOptional<z.ZodPipe<z.ZodUnion<readonly [z.ZodNumber, z.ZodString]>, z.ZodTransform<number, string | number>>>;
        }, z.core.$strict>>;
        avg_response_time: z.ZodOptional<z.ZodObject<{
            warning: z.ZodPipe<z.ZodUnion<readonly [z.ZodNumber, z.ZodString]>, z.ZodTransform<number, string | number>>;
            critical: z.ZodPipe<z.ZodUnion<readonly [z.ZodNumber, z.ZodString]>, z.ZodTransform<number, string | number>>;
            abort_after: z.ZodOptional<z.ZodPipe<z.ZodUnion<readonly [z.ZodNumber, z.ZodString]>, z.ZodTransform<number, string | number>>>;
        }, z.core.$strict>>;
        p50_response_time: z.ZodOptional<z.ZodObject<{
            warning: z.ZodPipe<z.ZodUnion<readonly [z.ZodNumber, z.ZodString]>, z.ZodTransform<number, string | number>>;
            critical: z.ZodPipe<z.ZodUnion<readonly [z.ZodNumber, z.ZodString]>, z.ZodTransform<number, string | number>>;
            abort_after: z.ZodOptional<z.ZodPipe<z.ZodUnion<readonly [z.ZodNumber, z.ZodString]>, z.ZodTransform<number, string | number>>>;
        }, z.core.$strict>>;
        p95_response_time: z.ZodOptional<z.ZodObject<{
            warning: z.ZodPipe<z.ZodUnion<readonly [z.ZodNumber, z.ZodString]>, z.ZodTransform<number, string | number>>;
            critical: z.ZodPipe<z.ZodUnion<readonly [z.ZodNumber, z.ZodString]>, z.ZodTransform<number, string | number>>;
            abort_after: z.ZodOptional<z.ZodPipe<z.ZodUnion<readonly [z.ZodNumber, z.ZodString]>, z.ZodTransform<number, string | number>>>;
        }, z.core.$strict>>;
        p99_response_time: z.ZodOptional<z.ZodObject<{
            warning: z.ZodPipe<z.ZodUnion<readonly [z.ZodNumber, z.ZodString]>, z.ZodTransform<number, string | number>>;
            critical: z.ZodPipe<z.ZodUnion<readonly [z.ZodNumber, z.ZodString]>, z.ZodTransform<number, string | number>>;
            abort_after: z.ZodOptional<z.ZodPipe<z.ZodUnion<readonly [z.ZodNumber, z.ZodString]>, z.ZodTransform<number, string | number>>>;
        }, z.core.$strict>>;
        requests_per_second: z.ZodOptional<z.ZodObject<{
            warning: z.ZodPipe<z.ZodUnion<readonly [z.ZodNumber, z.ZodString]>, z.ZodTransform<number, string | number>>;
            critical: z.ZodPipe<z.ZodUnion<readonly [z.ZodNumber, z.ZodString]>, z.ZodTransform<number, string | number>>;
            abort_after: z.ZodOptional<z.ZodPipe<z.ZodUnion<readonly [z.ZodNumber, z.ZodString]>, z.ZodTransform<number, string | number>>>;
        }, z.core.$strict>>;
        late_requests: z.ZodOptional<z.ZodObject<{
            warning: z.ZodPipe<z.ZodUnion<readonly [z.ZodNumber, z.ZodString]>, z.ZodTransform<number, string | number>>;
            critical: z.ZodPipe<z.ZodUnion<readonly [z.ZodNumber, z.ZodString]>, z.ZodTransform<number, string | number>>;
            abort_after: z.ZodOptional<z.ZodPipe<z.ZodUnion<readonly [z.ZodNumber, z.ZodString]>, z.ZodTransform<number, string | number>>>;
        }, z.core.$strict>>;
        dropped_requests: z.ZodOptional<z.ZodObject<{
            warning: z.ZodPipe<z.ZodUnion<readonly [z.ZodNumber, z.ZodString]>, z.ZodTransform<number, string | number>>;
            critical: z.ZodPipe<z.ZodUnion<readonly [z.ZodNumber, z.ZodString]>, z.ZodTransform<number, string | number>>;
            abort_after: z.ZodOptional<z.ZodPipe<z.ZodUnion<readonly [z.ZodNumber, z.ZodString]>, z.ZodTransform<number, string | number>>>;
        }, z.core.$strict>>;
        run_completion: z.ZodOptional<z.ZodObject<{
            warning: z.ZodPipe<z.ZodUnion<readonly [z.ZodNumber, z.ZodString]>, z.ZodTransform<number, string | number>>;
            critical: z.ZodPipe<z.ZodUnion<readonly [z.ZodNumber, z.ZodString]>, z.ZodTransform<number, string | number>>;
            abort_after: z.ZodOptional<z.ZodPipe<z.ZodUnion<readonly [z.ZodNumber, z.ZodString]>, z.ZodTransform<number, string | number>>>;
        }, z.core.$strict>>;
        check_pass_rate: z.ZodOptional<z.ZodObject<{
            warning: z.ZodPipe<z.ZodUnion<readonly [z.ZodNumber, z.ZodString]>, z.ZodTransform<number, string | number>>;
            critical: z.ZodPipe<z.ZodUnion<readonly [z.ZodNumber, z.ZodString]>, z.ZodTransform<number, string | number>>;
            abort_after: z.ZodOptional<z.ZodPipe<z.ZodUnion<readonly [z.ZodNumber, z.ZodString]>, z.ZodTransform<number, string | number>>>;
        }, z.core.$strict>>;
        p50_journey_duration: z.ZodOptional<z.ZodObject<{
            warning: z.ZodPipe<z.ZodUnion<readonly [z.ZodNumber, z.ZodString]>, z.ZodTransform<number, string | number>>;
            critical: z.ZodPipe<z.ZodUnion<readonly [z.ZodNumber, z.ZodString]>, z.ZodTransform<number, string | number>>;
            abort_after: z.ZodOptional<z.ZodPipe<z.ZodUnion<readonly [z.ZodNumber, z.ZodString]>, z.ZodTransform<number, string | number>>>;
        }, z.core.$strict>>;
        p95_journey_duration: z.ZodOptional<z.ZodObject<{
            warning: z.ZodPipe<z.ZodUnion<readonly [z.ZodNumber, z.ZodString]>, z.ZodTransform<number, string | number>>;
            critical: z.ZodPipe<z.ZodUnion<readonly [z.ZodNumber, z.ZodString]>, z.ZodTransform<number, string | number>>;
            abort_after: z.ZodOptional<z.ZodPipe<z.ZodUnion<readonly [z.ZodNumber, z.ZodString]>, z.ZodTransform<number, string | number>>>;
        }, z.core.$strict>>;
        p99_journey_duration: z.ZodOptional<z.ZodObject<{
            warning: z.ZodPipe<z.ZodUnion<readonly [z.ZodNumber, z.ZodString]>, z.ZodTransform<number, string | number>>;
            critical: z.ZodPipe<z.ZodUnion<readonly [z.ZodNumber, z.ZodString]>, z.ZodTransform<number, string | number>>;
            abort_after: z.ZodOptional<z.ZodPipe<z.ZodUnion<readonly [z.ZodNumber, z.ZodString]>, z.ZodTransform<number, string | number>>>;
        }, z.core.$strict>>;
        iterations_per_second: z.ZodOptional<z.ZodObject<{
            warning: z.ZodPipe<z.ZodUnion<readonly [z.ZodNumber, z.ZodString]>, z.ZodTransform<number, string | number>>;
            critical: z.ZodPipe<z.ZodUnion<readonly [z.ZodNumber, z.ZodString]>, z.ZodTransform<number, string | number>>;
            abort_after: z.ZodOptional<z.ZodPipe<z.ZodUnion<readonly [z.ZodNumber, z.ZodString]>, z.ZodTransform<number, string | number>>>;
        }, z.core.$strict>>;
        rss_growth_per_hour: z.ZodOptional<z.ZodObject<{
            warning: z.ZodPipe<z.ZodUnion<readonly [z.ZodNumber, z.ZodString]>, z.ZodTransform<number, string | number>>;
            critical: z.ZodPipe<z.ZodUnion<readonly [z.ZodNumber, z.ZodString]>, z.ZodTransform<number, string | number>>;
            abort_after: z.ZodOptional<z.ZodPipe<z.ZodUnion<readonly [z.ZodNumber, z.ZodString]>, z.ZodTransform<number, string | number>>>;
        }, z.core.$strict>>;
    }, z.core.$strict>>;
    rps: z.ZodOptional<z.ZodNumber>;
    data: z.ZodOptional<z.ZodObject<{
        file: z.ZodString;
        order: z.ZodDefault<z.ZodEnum<{
            sequence: "sequence";
            random: "random";
            unique: "unique";
            per_user: "per_user";
        }>>;
    }, z.core.$strict>>;
    setup: z.ZodOptional<z.ZodArray<z.ZodObject<{
        capture: z.ZodOptional<z.ZodRecord<z.ZodString, z.ZodPipe<z.ZodString, z.ZodTransform<string, string>>>>;
        path: z.ZodPipe<z.ZodString, z.ZodPipe<z.ZodString, z.ZodTransform<string, string>>>;
        method: z.ZodPipe<z.ZodPipe<z.ZodDefault<z.ZodString>, z.ZodTransform<string, string>>, z.ZodEnum<{
            GET: "GET";
            POST: "POST";
            PUT: "PUT";
            PATCH: "PATCH";
            DELETE: "DELETE";
            HEAD: "HEAD";
            OPTIONS: "OPTIONS";
        }>>;
        body: z.ZodOptional<z.ZodUnion<readonly [z.ZodString, z.ZodRecord<z.ZodString, z.ZodUnknown>, z.ZodArray<z.ZodUnknown>]>>;
        headers: z.ZodOptional<z.ZodRecord<z.ZodString, z.ZodPipe<z.ZodString, z.ZodTransform<string, string>>>>;
    }, z.core.$strict>>>;
    warmup: z.ZodOptional<z.ZodPipe<z.ZodUnion<readonly [z.ZodNumber, z.ZodString]>, z.ZodTransform<number, string | number>>>;
    drift: z.ZodOptional<z.ZodPipe<z.ZodObject<{
        p50_drift: z.ZodOptional<z.ZodPipe<z.ZodObject<{
            warning: z.ZodUnion<readonly [z.ZodNumber, z.ZodString]>;
            critical: z.ZodUnion<readonly [z.ZodNumber, z.ZodString]>;
        }, z.core.$strict>, z.ZodTransform<{
            warning: number;
            critical: number;
        }, {
            warning: string | number;
            critical: string | number;
        }>>>;
        p95_drift: z.ZodOptional<z.ZodPipe<z.ZodObject<{
            warning: z.ZodUnion<readonly [z.ZodNumber, z.ZodString]>;
            critical: z.ZodUnion<readonly [z.ZodNumber, z.ZodString]>;
        }, z.core.$strict>, z.ZodTransform<{
            warning: number;
            critical: number;
        }, {
            warning: string | number;
            critical: string | number;
        }>>>;
        throughput_decay: z.ZodOptional<z.ZodPipe<z.ZodObject<{
            warning: z.ZodUnion<readonly [z.ZodNumber, z.ZodString]>;
            critical: z.ZodUnion<readonly [z.ZodNumber, z.ZodString]>;
        }, z.core.$strict>, z.ZodTransform<{
            warning: number;
            critical: number;
        }, {
            warning: string | number;
            critical: string | number;
        }>>>;
        error_rate_rise: z.ZodOptional<z.ZodPipe<z.ZodObject<{
            warning: z.ZodUnion<readonly [z.ZodNumber, z.ZodString]>;
            critical: z.ZodUnion<readonly [z.ZodNumber, z.ZodString]>;
        }, z.core.$strict>, z.ZodTransform<{
            warning: number;
            critical: number;
        }, {
            warning: string | number;
            critical: string | number;
        }>>>;
        window: z.ZodOptional<z.ZodUnion<readonly [z.ZodNumber, z.ZodString]>>;
    }, z.core.$strict>, z.ZodTransform<{
        bands: Partial<Record<import("./drift.js").DriftName, import("./thresholds.js").Band>>;
        window?: {
            share: number;
        } | {
            seconds: number;
        } | undefined;
    }, {
        p50_drift?: {
            warning: number;
            critical: number;
        } | undefined;
        p95_drift?: {
            warning: number;
            critical: number;
        } | undefined;
        throughput_decay?: {
            warning: number;
            critical: number;
        } | undefined;
        error_rate_rise?: {
            warning: number;
            critical: number;
        } | undefined;
        window?: string | number | undefined;
    }>>>;
    csv: z.ZodOptional<z.ZodPipe<z.ZodString, z.ZodTransform<"errors" | `sample:${number}` | "all" | "none", string>>>;
}, z.core.$strict>;
export declare const configSchema: z.ZodObject<{
    $schema: z.ZodOptional<z.ZodString>;
    services: z.ZodOptional<z.ZodRecord<z.ZodString, z.ZodObject<{
        base_url: z.ZodOptional<z.ZodURL>;
        port: z.ZodOptional<z.ZodNumber>;
        headers: z.ZodOptional<z.ZodRecord<z.ZodString, z.ZodPipe<z.ZodString, z.ZodTransform<string, string>>>>;
        endpoints: z.ZodOptional<z.ZodArray<z.ZodObject<{
            weight: z.ZodDefault<z.ZodNumber>;
            thresholds: z.ZodOptional<z.ZodObject<{
                min_requests: z.ZodOptional<z.ZodNumber>;
                error_rate: z.ZodOptional<z.ZodObject<{
                    warning: z.ZodPipe<z.ZodUnion<readonly [z.ZodNumber, z.ZodString]>, z.ZodTransform<number, string | number>>;
                    critical: z.ZodPipe<z.ZodUnion<readonly [z.ZodNumber, z.ZodString]>, z.ZodTransform<number, string | number>>;
                    abort_after: z.ZodOptional<z.ZodPipe<z.ZodUnion<readonly [z.ZodNumber, z.ZodString]>, z.ZodTransform<number, string | number>>>;
                }, z.core.$strict>>;
                avg_response_time: z.ZodOptional<z.ZodObject<{
                    warning: z.ZodPipe<z.ZodUnion<readonly [z.ZodNumber, z.ZodString]>, z.ZodTransform<number, string | number>>;
                    critical: z.ZodPipe<z.ZodUnion<readonly [z.ZodNumber, z.ZodString]>, z.ZodTransform<number, string | number>>;
                    abort_after: z.ZodOptional<z.ZodPipe<z.ZodUnion<readonly [z.ZodNumber, z.ZodString]>, z.ZodTransform<number, string | number>>>;
                }, z.core.$strict>>;
                p50_response_time: z.ZodOptional<z.ZodObject<{
                    warning: z.ZodPipe<z.ZodUnion<readonly [z.ZodNumber, z.ZodString]>, z.ZodTransform<number, string | number>>;
                    critical: z.ZodPipe<z.ZodUnion<readonly [z.ZodNumber, z.ZodString]>, z.ZodTransform<number, string | number>>;
                    abort_after: z.ZodOptional<z.ZodPipe<z.ZodUnion<readonly [z.ZodNumber, z.ZodString]>, z.ZodTransform<number, string | number>>>;
                }, z.core.$strict>>;
                p95_response_time: z.ZodOptional<z.ZodObject<{
                    warning: z.ZodPipe<z.ZodUnion<readonly [z.ZodNumber, z.ZodString]>, z.ZodTransform<number, string | number>>;
                    critical: z.ZodPipe<z.ZodUnion<readonly [z.ZodNumber, z.ZodString]>, z.ZodTransform<number, string | number>>;
                    abort_after: z.ZodOptional<z.ZodPipe<z.ZodUnion<readonly [z.ZodNumber, z.ZodString]>, z.ZodTransform<number, string | number>>>;
                }, z.core.$strict>>;
                p99_response_time: z.ZodOptional<z.ZodObject<{
                    warning: z.ZodPipe<z.ZodUnion<readonly [z.ZodNumber, z.ZodString]>, z.ZodTransform<number, string | number>>;
                    critical: z.ZodPipe<z.ZodUnion<readonly [z.ZodNumber, z.ZodString]>, z.ZodTransform<number, string | number>>;
                    abort_after: z.ZodOptional<z.ZodPipe<z.ZodUnion<readonly [z.ZodNumber, z.ZodString]>, z.ZodTransform<number, string | number>>>;
                }, z.core.$strict>>;
                requests_per_second: z.ZodOptional<z.ZodObject<{
                    warning: z.ZodPipe<z.ZodUnion<readonly [z.ZodNumber, z.ZodString]>, z.ZodTransform<number, string | number>>;
                    critical: z.ZodPipe<z.ZodUnion<readonly [z.ZodNumber, z.ZodString]>, z.ZodTransform<number, string | number>>;
                    abort_after: z.ZodOptional<z.ZodPipe<z.ZodUnion<readonly [z.ZodNumber, z.ZodString]>, z.ZodTransform<number, string | number>>>;
                }, z.core.$strict>>;
                late_requests: z.ZodOptional<z.ZodObject<{
                    warning: z.ZodPipe<z.ZodUnion<readonly [z.ZodNumber, z.ZodString]>, z.ZodTransform<number, string | number>>;
                    critical: z.ZodPipe<z.ZodUnion<readonly [z.ZodNumber, z.ZodString]>, z.ZodTransform<number, string | number>>;
                    abort_after: z.ZodOptional<z.ZodPipe<z.ZodUnion<readonly [z.ZodNumber, z.ZodString]>, z.ZodTransform<number, string | number>>>;
                }, z.core.$strict>>;
                dropped_requests: z.ZodOptional<z.ZodObject<{
                    warning: z.ZodPipe<z.ZodUnion<readonly [z.ZodNumber, z.ZodString]>, z.ZodTransform<number, string | number>>;
                    critical: z.ZodPipe<z.ZodUnion<readonly [z.ZodNumber, z.ZodString]>, z.ZodTransform<number, string | number>>;
                    abort_after: z.ZodOptional<z.ZodPipe<z.ZodUnion<readonly [z.ZodNumber, z.ZodString]>, z.ZodTransform<number, string | number>>>;
                }, z.core.$strict>>;
                run_completion: z.ZodOptional<z.ZodObject<{
                    warning: z.ZodPipe<z.ZodUnion<readonly [z.ZodNumber, z.ZodString]>, z.ZodTransform<number, string | number>>;
                    critical: z.ZodPipe<z.ZodUnion<readonly [z.ZodNumber, z.ZodString]>, z.ZodTransform<number, string | number>>;
                    abort_after: z.ZodOptional<z.ZodPipe<z.ZodUnion<readonly [z.ZodNumber, z.ZodString]>, z.ZodTransform<number, string | number>>>;
                }, z.core.$strict>>;
                check_pass_rate: z.ZodOptional<z.ZodObject<{
                    warning: z.ZodPipe<z.ZodUnion<readonly [z.ZodNumber, z.ZodString]>, z.ZodTransform<number, string | number>>;
                    critical: z.ZodPipe<z.ZodUnion<readonly [z.ZodNumber, z.ZodString]>, z.ZodTransform<number, string | number>>;
                    abort_after: z.ZodOptional<z.ZodPipe<z.ZodUnion<readonly [z.ZodNumber, z.ZodString]>, z.ZodTransform<number, string | number>>>;
                }, z.core.$strict>>;
                p50_journey_duration: z.ZodOptional<z.ZodObject<{
                    warning: z.ZodPipe<z.ZodUnion<readonly [z.ZodNumber, z.ZodString]>, z.ZodTransform<number, string | number>>;
                    critical: z.ZodPipe<z.ZodUnion<readonly [z.ZodNumber, z.ZodString]>, z.ZodTransform<number, string | number>>;
                    abort_after: z.ZodOptional<z.ZodPipe<z.ZodUnion<readonly [z.ZodNumber, z.ZodString]>, z.ZodTransform<number, string | number>>>;
                }, z.core.$strict>>;
                p95_journey_duration: z.ZodOptional<z.ZodObject<{
                    warning: z.ZodPipe<z.ZodUnion<readonly [z.ZodNumber, z.ZodString]>, z.ZodTransform<number, string | number>>;
                    critical: z.ZodPipe<z.ZodUnion<readonly [z.ZodNumber, z.ZodString]>, z.ZodTransform<number, string | number>>;
                    abort_after: z.ZodOptional<z.ZodPipe<z.ZodUnion<readonly [z.ZodNumber, z.ZodString]>, z.ZodTransform<number, string | number>>>;
                }, z.core.$strict>>;
                p99_journey_duration: z.ZodOptional<z.ZodObject<{
                    warning: z.ZodPipe<z.ZodUnion<readonly [z.ZodNumber, z.ZodString]>, z.ZodTransform<number, string | number>>;
                    critical: z.ZodPipe<z.ZodUnion<readonly [z.ZodNumber, z.ZodString]>, z.ZodTransform<number, string | number>>;
                    abort_after: z.ZodOptional<z.ZodPipe<z.ZodUnion<readonly [z.ZodNumber, z.ZodString]>, z.ZodTransform<number, string | number>>>;
                }, z.core.$strict>>;
                iterations_per_second: z.ZodOptional<z.ZodObject<{
                    warning: z.ZodPipe<z.ZodUnion<readonly [z.ZodNumber, z.ZodString]>, z.ZodTransform<number, string | number>>;
                    critical: z.ZodPipe<z.ZodUnion<readonly [z.ZodNumber, z.ZodString]>, z.ZodTransform<number, string | number>>;
                    abort_after: z.ZodOptional<z.ZodPipe<z.ZodUnion<readonly [z.ZodNumber, z.ZodString]>, z.ZodTransform<number, string | number>>>;
                }, z.core.$strict>>;
                rss_growth_per_hour: z.ZodOptional<z.ZodObject<{
                    warning: z.ZodPipe<z.ZodUnion<readonly [z.ZodNumber, z.ZodString]>, z.ZodTransform<number, string | number>>;
                    critical: z.ZodPipe<z.ZodUnion<readonly [z.ZodNumber, z.ZodString]>, z.ZodTransform<number, string | number>>;
                    abort_after: z.ZodOptional<z.ZodPipe<z.ZodUnion<readonly [z.ZodNumber, z.ZodString]>, z.ZodTransform<number, string | number>>>;
                }, z.core.$strict>>;
            }, z.core.$strict>>;
            capture: z.ZodOptional<z.ZodRecord<z.ZodString, z.ZodUnion<readonly [z.ZodPipe<z.ZodString, z.ZodTransform<string, string>>, z.ZodObject<{
                json: z.ZodPipe<z.ZodString, z.ZodTransform<string, string>>;
            }, z.core.$strict>, z.ZodObject<{
                header: z.ZodString;
            }, z.core.$strict>, z.ZodObject<{
                regex: z.ZodPipe<z.ZodString, z.ZodTransform<string, string>>;
                group: z.ZodDefault<z.ZodNumber>;
            }, z.core.$strict>]>>>;
            check: z.ZodOptional<z.ZodObject<{
                status: z.ZodOptional<z.ZodUnion<readonly [z.ZodNumber, z.ZodArray<z.ZodNumber>]>>;
                exists: z.ZodOptional<z.ZodArray<z.ZodPipe<z.ZodString, z.ZodTransform<string, string>>>>;
                equals: z.ZodOptional<z.ZodRecord<z.ZodPipe<z.ZodString, z.ZodTransform<string, string>>, z.ZodUnion<readonly [z.ZodString, z.ZodNumber, z.ZodBoolean, z.ZodNull]>>>;
                contains: z.ZodOptional<z.ZodUnion<readonly [z.ZodString, z.ZodArray<z.ZodString>]>>;
                max_latency: z.ZodOptional<z.ZodPipe<z.ZodUnion<readonly [z.ZodNumber, z.ZodString]>, z.ZodTransform<number, string | number>>>;
            }, z.core.$strict>>;
            think: z.ZodOptional<z.ZodUnion<readonly [z.ZodPipe<z.ZodUnion<readonly [z.ZodNumber, z.ZodString]>, z.ZodTransform<number, string | number>>, z.ZodTuple<[z.ZodPipe<z.ZodUnion<readonly [z.ZodNumber, z.ZodString]>, z.ZodTransform<number, string | number>>, z.ZodPipe<z.ZodUnion<readonly [z.ZodNumber, z.ZodString]>, z.ZodTransform<number, string | number>>], null>]>>;
            path: z.ZodPipe<z.ZodString, z.ZodPipe<z.ZodString, z.ZodTransform<string, string>>>;
            method: z.ZodPipe<z.ZodPipe<z.ZodDefault<z.ZodString>, z.ZodTransform<string, string>>, z.ZodEnum<{
                GET: "GET";
                POST: "POST";
                PUT: "PUT";
                PATCH: "PATCH";
                DELETE: "DELETE";
                HEAD: "HEAD";
                OPTIONS: "OPTIONS";
            }>>;
            body: z.ZodOptional<z.ZodUnion<readonly [z.ZodString, z.ZodRecord<z.ZodString, z.ZodUnknown>, z.ZodArray<z.ZodUnknown>]>>;
            headers: z.ZodOptional<z.ZodRecord<z.ZodString, z.ZodPipe<z.ZodString, z.ZodTransform<string, string>>>>;
        }, z.core.$strict>>>;
        journeys: z.ZodOptional<z.ZodArray<z.ZodObject<{
            name: z.ZodString;
            weight: z.ZodDefault<z.ZodNumber>;
            think: z.ZodOptional<z.ZodUnion<readonly [z.ZodPipe<z.ZodUnion<readonly [z.ZodNumber, z.ZodString]>, z.ZodTransform<number, string | number>>, z.ZodTuple<[z.ZodPipe<z.ZodUnion<readonly [z.ZodNumber, z.ZodString]>, z.ZodTransform<number, string | number>>, z.ZodPipe<z.ZodUnion<readonly [z.ZodNumber, z.ZodString]>, z.ZodTransform<number, string | number>>], null>]>>;
            on_fail: z.ZodDefault<z.ZodEnum<{
                continue: "continue";
                restart: "restart";
                login: "login";
            }>>;
            steps: z.ZodArray<z.ZodObject<{
                once: z.ZodDefault<z.ZodBoolean>;
                on_fail: z.ZodOptional<z.ZodEnum<{
                    continue: "continue";
                    restart: "restart";
                    login: "login";
                }>>;
                thresholds: z.ZodOptional<z.ZodObject<{
                    min_requests: z.ZodOptional<z.ZodNumber>;
                    error_rate: z.ZodOptional<z.ZodObject<{
                        warning: z.ZodPipe<z.ZodUnion<readonly [z.ZodNumber, z.ZodString]>, z.ZodTransform<number, string | number>>;
                        critical: z.ZodPipe<z.ZodUnion<readonly [z.ZodNumber, z.ZodString]>, z.ZodTransform<number, string | number>>;
                        abort_after: z.ZodOptional<z.ZodPipe<z.ZodUnion<readonly [z.ZodNumber, z.ZodString]>, z.ZodTransform<number, string | number>>>;
                    }, z.core.$strict>>;
                    avg_response_time: z.ZodOptional<z.ZodObject<{
                        warning: z.ZodPipe<z.ZodUnion<readonly [z.ZodNumber, z.ZodString]>, z.ZodTransform<number, string | number>>;
                        critical: z.ZodPipe<z.ZodUnion<readonly [z.ZodNumber, z.ZodString]>, z.ZodTransform<number, string | number>>;
                        abort_after: z.ZodOptional<z.ZodPipe<z.ZodUnion<readonly [z.ZodNumber, z.ZodString]>, z.ZodTransform<number, string | number>>>;
                    }, z.core.$strict>>;
                    p50_response_time: z.ZodOptional<z.ZodObject<{
                        warning: z.ZodPipe<z.ZodUnion<readonly [z.ZodNumber, z.ZodString]>, z.ZodTransform<number, string | number>>;
                        critical: z.ZodPipe<z.ZodUnion<readonly [z.ZodNumber, z.ZodString]>, z.ZodTransform<number, string | number>>;
                        abort_after: z.ZodOptional<z.ZodPipe<z.ZodUnion<readonly [z.ZodNumber, z.ZodString]>, z.ZodTransform<number, string | number>>>;
                    }, z.core.$strict>>;
                    p95_response_time: z.ZodOptional<z.ZodObject<{
                        warning: z.ZodPipe<z.ZodUnion<readonly [z.ZodNumber, z.ZodString]>, z.ZodTransform<number, string | number>>;
                        critical: z.ZodPipe<z.ZodUnion<readonly [z.ZodNumber, z.ZodString]>, z.ZodTransform<number, string | number>>;
                        abort_after: z.ZodOptional<z.ZodPipe<z.ZodUnion<readonly [z.ZodNumber, z.ZodString]>, z.ZodTransform<number, string | number>>>;
                    }, z.core.$strict>>;
                    p99_response_time: z.ZodOptional<z.ZodObject<{
                        warning: z.ZodPipe<z.ZodUnion<readonly [z.ZodNumber, z.ZodString]>, z.ZodTransform<number, string | number>>;
                        critical: z.ZodPipe<z.ZodUnion<readonly [z.ZodNumber, z.ZodString]>, z.ZodTransform<number, string | number>>;
                        abort_after: z.ZodOptional<z.ZodPipe<z.ZodUnion<readonly [z.ZodNumber, z.ZodString]>, z.ZodTransform<number, string | number>>>;
                    }, z.core.$strict>>;
                    requests_per_second: z.ZodOptional<z.ZodObject<{
                        warning: z.ZodPipe<z.ZodUnion<readonly [z.ZodNumber, z.ZodString]>, z.ZodTransform<number, string | number>>;
                        critical: z.ZodPipe<z.ZodUnion<readonly [z.ZodNumber, z.ZodString]>, z.ZodTransform<number, string | number>>;
                        abort_after: z.ZodOptional<z.ZodPipe<z.ZodUnion<readonly [z.ZodNumber, z.ZodString]>, z.ZodTransform<number, string | number>>>;
                    }, z.core.$strict>>;
                    late_requests: z.ZodOptional<z.ZodObject<{
                        warning: z.ZodPipe<z.ZodUnion<readonly [z.ZodNumber, z.ZodString]>, z.ZodTransform<number, string | number>>;
                        critical: z.ZodPipe<z.ZodUnion<readonly [z.ZodNumber, z.ZodString]>, z.ZodTransform<number, string | number>>;
                        abort_after: z.ZodOptional<z.ZodPipe<z.ZodUnion<readonly [z.ZodNumber, z.ZodString]>, z.ZodTransform<number, string | number>>>;
                    }, z.core.$strict>>;
                    dropped_requests: z.ZodOptional<z.ZodObject<{
                        warning: z.ZodPipe<z.ZodUnion<readonly [z.ZodNumber, z.ZodString]>, z.ZodTransform<number, string | number>>;
                        critical: z.ZodPipe<z.ZodUnion<readonly [z.ZodNumber, z.ZodString]>, z.ZodTransform<number, string | number>>;
                        abort_after: z.ZodOptional<z.ZodPipe<z.ZodUnion<readonly [z.ZodNumber, z.ZodString]>, z.ZodTransform<number, string | number>>>;
                    }, z.core.$strict>>;
                    run_completion: z.ZodOptional<z.ZodObject<{
                        warning: z.ZodPipe<z.ZodUnion<readonly [z.ZodNumber, z.ZodString]>, z.ZodTransform<number, string | number>>;
                        critical: z.ZodPipe<z.ZodUnion<readonly [z.ZodNumber, z.ZodString]>, z.ZodTransform<number, string | number>>;
                        abort_after: z.ZodOptional<z.ZodPipe<z.ZodUnion<readonly [z.ZodNumber, z.ZodString]>, z.ZodTransform<number, string | number>>>;
                    }, z.core.$strict>>;
                    check_pass_rate: z.ZodOptional<z.ZodObject<{
                        warning: z.ZodPipe<z.ZodUnion<readonly [z.ZodNumber, z.ZodString]>, z.ZodTransform<number, string | number>>;
                        critical: z.ZodPipe<z.ZodUnion<readonly [z.ZodNumber, z.ZodString]>, z.ZodTransform<number, string | number>>;
                        abort_after: z.ZodOptional<z.ZodPipe<z.ZodUnion<readonly [z.ZodNumber, z.ZodString]>, z.ZodTransform<number, string | number>>>;
                    }, z.core.$strict>>;
                    p50_journey_duration: z.ZodOptional<z.ZodObject<{
                        warning: z.ZodPipe<z.ZodUnion<readonly [z.ZodNumber, z.ZodString]>, z.ZodTransform<number, string | number>>;
                        critical: z.ZodPipe<z.ZodUnion<readonly [z.ZodNumber, z.ZodString]>, z.ZodTransform<number, string | number>>;
                        abort_after: z.ZodOptional<z.ZodPipe<z.ZodUnion<readonly [z.ZodNumber, z.ZodString]>, z.ZodTransform<number, string | number>>>;
                    }, z.core.$strict>>;
                    p95_journey_duration: z.ZodOptional<z.ZodObject<{
                        warning: z.ZodPipe<z.ZodUnion<readonly [z.ZodNumber, z.ZodString]>, z.ZodTransform<number, string | number>>;
                        critical: z.ZodPipe<z.ZodUnion<readonly [z.ZodNumber, z.ZodString]>, z.ZodTransform<number, string | number>>;
                        abort_after: z.ZodOptional<z.ZodPipe<z.ZodUnion<readonly [z.ZodNumber, z.ZodString]>, z.ZodTransform<number, string | number>>>;
                    }, z.core.$strict>>;
                    p99_journey_duration: z.ZodOptional<z.ZodObject<{
                        warning: z.ZodPipe<z.ZodUnion<readonly [z.ZodNumber, z.ZodString]>, z.ZodTransform<number, string | number>>;
                        critical: z.ZodPipe<z.ZodUnion<readonly [z.ZodNumber, z.ZodString]>, z.ZodTransform<number, string | number>>;
                        abort_after: z.ZodOptional<z.ZodPipe<z.ZodUnion<readonly [z.ZodNumber, z.ZodString]>, z.ZodTransform<number, string | number>>>;
                    }, z.core.$strict>>;
                    iterations_per_second: z.ZodOptional<z.ZodObject<{
                        warning: z.ZodPipe<z.ZodUnion<readonly [z.ZodNumber, z.ZodString]>, z.ZodTransform<number, string | number>>;
                        critical: z.ZodPipe<z.ZodUnion<readonly [z.ZodNumber, z.ZodString]>, z.ZodTransform<number, string | number>>;
                        abort_after: z.ZodOptional<z.ZodPipe<z.ZodUnion<readonly [z.ZodNumber, z.ZodString]>, z.ZodTransform<number, string | number>>>;
                    }, z.core.$strict>>;
                    rss_growth_per_hour: z.ZodOptional<z.ZodObject<{
                        warning: z.ZodPipe<z.ZodUnion<readonly [z.ZodNumber, z.ZodString]>, z.ZodTransform<number, string | number>>;
                        critical: z.ZodPipe<z.ZodUnion<readonly [z.ZodNumber, z.ZodString]>, z.ZodTransform<number, string | number>>;
                        abort_after: z.ZodOptional<z.ZodPipe<z.ZodUnion<readonly [z.ZodNumber, z.ZodString]>, z.ZodTransform<number, string | number>>>;
                    }, z.core.$strict>>;
                }, z.core.$strict>>;
                capture: z.ZodOptional<z.ZodRecord<z.ZodString, z.ZodUnion<readonly [z.ZodPipe<z.ZodString, z.ZodTransform<string, string>>, z.ZodObject<{
                    json: z.ZodPipe<z.ZodString, z.ZodTransform<string, string>>;
                }, z.core.$strict>, z.ZodObject<{
                    header: z.ZodString;
                }, z.core.$strict>, z.ZodObject<{
                    regex: z.ZodPipe<z.ZodString, z.ZodTransform<string, string>>;
                    group: z.ZodDefault<z.ZodNumber>;
                }, z.core.$strict>]>>>;
                check: z.ZodOptional<z.ZodObject<{
                    status: z.ZodOptional<z.ZodUnion<readonly [z.ZodNumber, z.ZodArray<z.ZodNumber>]>>;
                    exists: z.ZodOptional<z.ZodArray<z.ZodPipe<z.ZodString, z.ZodTransform<string, string>>>>;
                    equals: z.ZodOptional<z.ZodRecord<z.ZodPipe<z.ZodString, z.ZodTransform<string, string>>, z.ZodUnion<readonly [z.ZodString, z.ZodNumber, z.ZodBoolean, z.ZodNull]>>>;
                    contains: z.ZodOptional<z.ZodUnion<readonly [z.ZodString, z.ZodArray<z.ZodString>]>>;
                    max_latency: z.ZodOptional<z.ZodPipe<z.ZodUnion<readonly [z.ZodNumber, z.ZodString]>, z.ZodTransform<number, string | number>>>;
                }, z.core.$strict>>;
                think: z.ZodOptional<z.ZodUnion<readonly [z.ZodPipe<z.ZodUnion<readonly [z.ZodNumber, z.ZodString]>, z.ZodTransform<number, string | number>>, z.ZodTuple<[z.ZodPipe<z.ZodUnion<readonly [z.ZodNumber, z.ZodString]>, z.ZodTransform<number, string | number>>, z.ZodPipe<z.ZodUnion<readonly [z.ZodNumber, z.ZodString]>, z.ZodTransform<number, string | number>>], null>]>>;
                path: z.ZodPipe<z.ZodString, z.ZodPipe<z.ZodString, z.ZodTransform<string, string>>>;
                method: z.ZodPipe<z.ZodPipe<z.ZodDefault<z.ZodString>, z.ZodTransform<string, string>>, z.ZodEnum<{
                    GET: "GET";
                    POST: "POST";
                    PUT: "PUT";
                    PATCH: "PATCH";
                    DELETE: "DELETE";
                    HEAD: "HEAD";
                    OPTIONS: "OPTIONS";
                }>>;
                body: z.ZodOptional<z.ZodUnion<readonly [z.ZodString, z.ZodRecord<z.ZodString, z.ZodUnknown>, z.ZodArray<z.ZodUnknown>]>>;
                headers: z.ZodOptional<z.ZodRecord<z.ZodString, z.ZodPipe<z.ZodString, z.ZodTransform<string, string>>>>;
                name: z.ZodOptional<z.ZodString>;
            }, z.core.$strict>>;
            thresholds: z.ZodOptional<z.ZodObject<{
                min_requests: z.ZodOptional<z.ZodNumber>;
                check_pass_rate: z.ZodOptional<z.ZodObject<{
                    warning: z.ZodPipe<z.ZodUnion<readonly [z.ZodNumber, z.ZodString]>, z.ZodTransform<number, string | number>>;
                    critical: z.ZodPipe<z.ZodUnion<readonly [z.ZodNumber, z.ZodString]>, z.ZodTransform<number, string | number>>;
                    abort_after: z.ZodOptional<z.ZodPipe<z.ZodUnion<readonly [z.ZodNumber, z.ZodString]>, z.ZodTransform<number, string | number>>>;
                }, z.core.$strict>>;
                p50_journey_duration: z.ZodOptional<z.ZodObject<{
                    warning: z.ZodPipe<z.ZodUnion<readonly [z.ZodNumber, z.ZodString]>, z.ZodTransform<number, string | number>>;
                    critical: z.ZodPipe<z.ZodUnion<readonly [z.ZodNumber, z.ZodString]>, z.ZodTransform<number, string | number>>;
                    abort_after: z.ZodOptional<z.ZodPipe<z.ZodUnion<readonly [z.ZodNumber, z.ZodString]>, z.ZodTransform<number, string | number>>>;
                }, z.core.$strict>>;
                p95_journey_duration: z.ZodOptional<z.ZodObject<{
                    warning: z.ZodPipe<z.ZodUnion<readonly [z.ZodNumber, z.ZodString]>, z.ZodTransform<number, string | number>>;
                    critical: z.ZodPipe<z.ZodUnion<readonly [z.ZodNumber, z.ZodString]>, z.ZodTransform<number, string | number>>;
                    abort_after: z.ZodOptional<z.ZodPipe<z.ZodUnion<readonly [z.ZodNumber, z.ZodString]>, z.ZodTransform<number, string | number>>>;
                }, z.core.$strict>>;
                p99_journey_duration: z.ZodOptional<z.ZodObject<{
                    warning: z.ZodPipe<z.ZodUnion<readonly [z.ZodNumber, z.ZodString]>, z.ZodTransform<number, string | number>>;
                    critical: z.ZodPipe<z.ZodUnion<readonly [z.ZodNumber, z.ZodString]>, z.ZodTransform<number, string | number>>;
                    abort_after: z.ZodOptional<z.ZodPipe<z.ZodUnion<readonly [z.ZodNumber, z.ZodString]>, z.ZodTransform<number, string | number>>>;
                }, z.core.$strict>>;
                iterations_per_second: z.ZodOptional<z.ZodObject<{
                    warning: z.ZodPipe<z.ZodUnion<readonly [z.ZodNumber, z.ZodString]>, z.ZodTransform<number, string | number>>;
                    critical: z.ZodPipe<z.ZodUnion<readonly [z.ZodNumber, z.ZodString]>, z.ZodTransform<number, string | number>>;
                    abort_after: z.ZodOptional<z.ZodPipe<z.ZodUnion<readonly [z.ZodNumber, z.ZodString]>, z.ZodTransform<number, string | number>>>;
                }, z.core.$strict>>;
            }, z.core.$strict>>;
        }, z.core.$strict>>>;
        cookies: z.ZodOptional<z.ZodBoolean>;
        thresholds: z.ZodOptional<z.ZodObject<{
            min_requests: z.ZodOptional<z.ZodNumber>;
            error_rate: z.ZodOptional<z.ZodObject<{
                warning: z.ZodPipe<z.ZodUnion<readonly [z.ZodNumber, z.ZodString]>, z.ZodTransform<number, string | number>>;
                critical: z.ZodPipe<z.ZodUnion<readonly [z.ZodNumber, z.ZodString]>, z.ZodTransform<number, string | number>>;
                abort_after: z.ZodOptional<z.ZodPipe<z.ZodUnion<readonly [z.ZodNumber, z.ZodString]>, z.ZodTransform<number, string | number>>>;
            }, z.core.$strict>>;
            avg_response_time: z.ZodOptional<z.ZodObject<{
                warning: z.ZodPipe<z.ZodUnion<readonly [z.ZodNumber, z.ZodString]>, z.ZodTransform<number, string | number>>;
                critical: z.ZodPipe<z.ZodUnion<readonly [z.ZodNumber, z.ZodString]>, z.ZodTransform<number, string | number>>;
                abort_after: z.ZodOptional<z.ZodPipe<z.ZodUnion<readonly [z.ZodNumber, z.ZodString]>, z.ZodTransform<number, string | number>>>;
            }, z.core.$strict>>;
            p50_response_time: z.ZodOptional<z.ZodObject<{
                warning: z.ZodPipe<z.ZodUnion<readonly [z.ZodNumber, z.ZodString]>, z.ZodTransform<number, string | number>>;
                critical: z.ZodPipe<z.ZodUnion<readonly [z.ZodNumber, z.ZodString]>, z.ZodTransform<number, string | number>>;
                abort_after: z.ZodOptional<z.ZodPipe<z.ZodUnion<readonly [z.ZodNumber, z.ZodString]>, z.ZodTransform<number, string | number>>>;
            }, z.core.$strict>>;
            p95_response_time: z.ZodOptional<z.ZodObject<{
                warning: z.ZodPipe<z.ZodUnion<readonly [z.ZodNumber, z.ZodString]>, z.ZodTransform<number, string | number>>;
                critical: z.ZodPipe<z.ZodUnion<readonly [z.ZodNumber, z.ZodString]>, z.ZodTransform<number, string | number>>;
                abort_after: z.ZodOptional<z.ZodPipe<z.ZodUnion<readonly [z.ZodNumber, z.ZodString]>, z.ZodTransform<number, string | number>>>;
            }, z.core.$strict>>;
            p99_response_time: z.ZodOptional<z.ZodObject<{
                warning: z.ZodPipe<z.ZodUnion<readonly [z.ZodNumber, z.ZodString]>, z.ZodTransform<number, string | number>>;
                critical: z.ZodPipe<z.ZodUnion<readonly [z.ZodNumber, z.ZodString]>, z.ZodTransform<number, string | number>>;
                abort_after: z.ZodOptional<z.ZodPipe<z.ZodUnion<readonly [z.ZodNumber, z.ZodString]>, z.ZodTransform<number, string | number>>>;
            }, z.core.$strict>>;
            requests_per_second: z.ZodOptional<z.ZodObject<{
                warning: z.ZodPipe<z.ZodUnion<readonly [z.ZodNumber, z.ZodString]>, z.ZodTransform<number, string | number>>;
                critical: z.ZodPipe<z.ZodUnion<readonly [z.ZodNumber, z.ZodString]>, z.ZodTransform<number, string | number>>;
                abort_after: z.ZodOptional<z.ZodPipe<z.ZodUnion<readonly [z.ZodNumber, z.ZodString]>, z.ZodTransform<number, string | number>>>;
            }, z.core.$strict>>;
            late_requests: z.ZodOptional<z.ZodObject<{
                warning: z.ZodPipe<z.ZodUnion<readonly [z.ZodNumber, z.ZodString]>, z.ZodTransform<number, string | number>>;
                critical: z.ZodPipe<z.ZodUnion<readonly [z.ZodNumber, z.ZodString]>, z.ZodTransform<number, string | number>>;
                abort_after: z.ZodOptional<z.ZodPipe<z.ZodUnion<readonly [z.ZodNumber, z.ZodString]>, z.ZodTransform<number, string | number>>>;
            }, z.core.$strict>>;
            dropped_requests: z.ZodOptional<z.ZodObject<{
                warning: z.ZodPipe<z.ZodUnion<readonly [z.ZodNumber, z.ZodString]>, z.ZodTransform<number, string | number>>;
                critical: z.ZodPipe<z.ZodUnion<readonly [z.ZodNumber, z.ZodString]>, z.ZodTransform<number, string | number>>;
                abort_after: z.ZodOptional<z.ZodPipe<z.ZodUnion<readonly [z.ZodNumber, z.ZodString]>, z.ZodTransform<number, string | number>>>;
            }, z.core.$strict>>;
            run_completion: z.ZodOptional<z.ZodObject<{
                warning: z.ZodPipe<z.ZodUnion<readonly [z.ZodNumber, z.ZodString]>, z.ZodTransform<number, string | number>>;
                critical: z.ZodPipe<z.ZodUnion<readonly [z.ZodNumber, z.ZodString]>, z.ZodTransform<number, string | number>>;
                abort_after: z.ZodOptional<z.ZodPipe<z.ZodUnion<readonly [z.ZodNumber, z.ZodString]>, z.ZodTransform<number, string | number>>>;
            }, z.core.$strict>>;
            check_pass_rate: z.ZodOptional<z.ZodObject<{
                warning: z.ZodPipe<z.ZodUnion<readonly [z.ZodNumber, z.ZodString]>, z.ZodTransform<number, string | number>>;
                critical: z.ZodPipe<z.ZodUnion<readonly [z.ZodNumber, z.ZodString]>, z.ZodTransform<number, string | number>>;
                abort_after: z.ZodOptional<z.ZodPipe<z.ZodUnion<readonly [z.ZodNumber, z.ZodString]>, z.ZodTransform<number, string | number>>>;
            }, z.core.$strict>>;
            p50_journey_duration: z.ZodOptional<z.ZodObject<{
                warning: z.ZodPipe<z.ZodUnion<readonly [z.ZodNumber, z.ZodString]>, z.ZodTransform<number, string | number>>;
                critical: z.ZodPipe<z.ZodUnion<readonly [z.ZodNumber, z.ZodString]>, z.ZodTransform<number, string | number>>;
                abort_after: z.ZodOptional<z.ZodPipe<z.ZodUnion<readonly [z.ZodNumber, z.ZodString]>, z.ZodTransform<number, string | number>>>;
            }, z.core.$strict>>;
            p95_journey_duration: z.ZodOptional<z.ZodObject<{
                warning: z.ZodPipe<z.ZodUnion<readonly [z.ZodNumber, z.ZodString]>, z.ZodTransform<number, string | number>>;
                critical: z.ZodPipe<z.ZodUnion<readonly [z.ZodNumber, z.ZodString]>, z.ZodTransform<number, string | number>>;
                abort_after: z.ZodOptional<z.ZodPipe<z.ZodUnion<readonly [z.ZodNumber, z.ZodString]>, z.ZodTransform<number, string | number>>>;
            }, z.core.$strict>>;
            p99_journey_duration: z.ZodOptional<z.ZodObject<{
                warning: z.ZodPipe<z.ZodUnion<readonly [z.ZodNumber, z.ZodString]>, z.ZodTransform<number, string | number>>;
                critical: z.ZodPipe<z.ZodUnion<readonly [z.ZodNumber, z.ZodString]>, z.ZodTransform<number, string | number>>;
                abort_after: z.ZodOptional<z.ZodPipe<z.ZodUnion<readonly [z.ZodNumber, z.ZodString]>, z.ZodTransform<number, string | number>>>;
            }, z.core.$strict>>;
            iterations_per_second: z.ZodOptional<z.ZodObject<{
                warning: z.ZodPipe<z.ZodUnion<readonly [z.ZodNumber, z.ZodString]>, z.ZodTransform<number, string | number>>;
                critical: z.ZodPipe<z.ZodUnion<readonly [z.ZodNumber, z.ZodString]>, z.ZodTransform<number, string | number>>;
                abort_after: z.ZodOptional<z.ZodPipe<z.ZodUnion<readonly [z.ZodNumber, z.ZodString]>, z.ZodTransform<number, string | number>>>;
            }, z.core.$strict>>;
            rss_growth_per_hour: z.ZodOptional<z.ZodObject<{
                warning: z.ZodPipe<z.ZodUnion<readonly [z.ZodNumber, z.ZodString]>, z.ZodTransform<number, string | number>>;
                critical: z.ZodPipe<z.ZodUnion<readonly [z.ZodNumber, z.ZodString]>, z.ZodTransform<number, string | number>>;
                abort_after: z.ZodOptional<z.ZodPipe<z.ZodUnion<readonly [z.ZodNumber, z.ZodString]>, z.ZodTransform<number, string | number>>>;
            }, z.core.$strict>>;
        }, z.core.$strict>>;
        rps: z.ZodOptional<z.ZodNumber>;
        data: z.ZodOptional<z.ZodObject<{
            file: z.ZodString;
            order: z.ZodDefault<z.ZodEnum<{
                sequence: "sequence";
                random: "random";
                unique: "unique";
                per_user: "per_user";
            }>>;
        }, z.core.$strict>>;
        setup: z.ZodOptional<z.ZodArray<z.ZodObject<{
            capture: z.ZodOptional<z.ZodRecord<z.ZodString, z.ZodPipe<z.ZodString, z.ZodTransform<string, string>>>>;
            path: z.ZodPipe<z.ZodString, z.ZodPipe<z.ZodString, z.ZodTransform<string, string>>>;
            method: z.ZodPipe<z.ZodPipe<z.ZodDefault<z.ZodString>, z.ZodTransform<string, string>>, z.ZodEnum<{
                GET: "GET";
                POST: "POST";
                PUT: "PUT";
                PATCH: "PATCH";
                DELETE: "DELETE";
                HEAD: "HEAD";
                OPTIONS: "OPTIONS";
            }>>;
            body: z.ZodOptional<z.ZodUnion<readonly [z.ZodString, z.ZodRecord<z.ZodString, z.ZodUnknown>, z.ZodArray<z.ZodUnknown>]>>;
            headers: z.ZodOptional<z.ZodRecord<z.ZodString, z.ZodPipe<z.ZodString, z.ZodTransform<string, string>>>>;
        }, z.core.$strict>>>;
        warmup: z.ZodOptional<z.ZodPipe<z.ZodUnion<readonly [z.ZodNumber, z.ZodString]>, z.ZodTransform<number, string | number>>>;
        drift: z.ZodOptional<z.ZodPipe<z.ZodObject<{
            p50_drift: z.ZodOptional<z.ZodPipe<z.ZodObject<{
                warning: z.ZodUnion<readonly [z.ZodNumber, z.ZodString]>;
                critical: z.ZodUnion<readonly [z.ZodNumber, z.ZodString]>;
            }, z.core.$strict>, z.ZodTransform<{
                warning: number;
                critical: number;
            }, {
                warning: string | number;
                critical: string | number;
            }>>>;
            p95_drift: z.ZodOptional<z.ZodPipe<z.ZodObject<{
                warning: z.ZodUnion<readonly [z.ZodNumber, z.ZodString]>;
                critical: z.ZodUnion<readonly [z.ZodNumber, z.ZodString]>;
            }, z.core.$strict>, z.ZodTransform<{
                warning: number;
                critical: number;
            }, {
                warning: string | number;
                critical: string | number;
            }>>>;
            throughput_decay: z.ZodOptional<z.ZodPipe<z.ZodObject<{
                warning: z.ZodUnion<readonly [z.ZodNumber, z.ZodString]>;
                critical: z.ZodUnion<readonly [z.ZodNumber, z.ZodString]>;
            }, z.core.$strict>, z.ZodTransform<{
                warning: number;
                critical: number;
            }, {
                warning: string | number;
                critical: string | number;
            }>>>;
            error_rate_rise: z.ZodOptional<z.ZodPipe<z.ZodObject<{
                warning: z.ZodUnion<readonly [z.ZodNumber, z.ZodString]>;
                critical: z.ZodUnion<readonly [z.ZodNumber, z.ZodString]>;
            }, z.core.$strict>, z.ZodTransform<{
                warning: number;
                critical: number;
            }, {
                warning: string | number;
                critical: string | number;
            }>>>;
            window: z.ZodOptional<z.ZodUnion<readonly [z.ZodNumber, z.ZodString]>>;
        }, z.core.$strict>, z.ZodTransform<{
            bands: Partial<Record<import("./drift.js").DriftName, import("./thresholds.js").Band>>;
            window?: {
                share: number;
            } | {
                seconds: number;
            } | undefined;
        }, {
            p50_drift?: {
                warning: number;
                critical: number;
            } | undefined;
            p95_drift?: {
                warning: number;
                critical: number;
            } | undefined;
            throughput_decay?: {
                warning: number;
                critical: number;
            } | undefined;
            error_rate_rise?: {
                warning: number;
                critical: number;
            } | undefined;
            window?: string | number | undefined;
        }>>>;
        csv: z.ZodOptional<z.ZodPipe<z.ZodString, z.ZodTransform<"errors" | `sample:${number}` | "all" | "none", string>>>;
    }, z.core.$strict>>>;
    thresholds: z.ZodOptional<z.ZodObject<{
        min_requests: z.ZodOptional<z.ZodNumber>;
        error_rate: z.ZodOptional<z.ZodObject<{
            warning: z.ZodPipe<z.ZodUnion<readonly [z.ZodNumber, z.ZodString]>, z.ZodTransform<number, string | number>>;
            critical: z.ZodPipe<z.ZodUnion<readonly [z.ZodNumber, z.ZodString]>, z.ZodTransform<number, string | number>>;
            abort_after: z.ZodOptional<z.ZodPipe<z.ZodUnion<readonly [z.ZodNumber, z.ZodString]>, z.ZodTransform<number, string | number>>>;
        }, z.core.$strict>>;
        avg_response_time: z.ZodOptional<z.ZodObject<{
            warning: z.ZodPipe<z.ZodUnion<readonly [z.ZodNumber, z.ZodString]>, z.ZodTransform<number, string | number>>;
            critical: z.ZodPipe<z.ZodUnion<readonly [z.ZodNumber, z.ZodString]>, z.ZodTransform<number, string | number>>;
            abort_after: z.ZodOptional<z.ZodPipe<z.ZodUnion<readonly [z.ZodNumber, z.ZodString]>, z.ZodTransform<number, string | number>>>;
        }, z.core.$strict>>;
        p50_response_time: z.ZodOptional<z.ZodObject<{
            warning: z.ZodPipe<z.ZodUnion<readonly [z.ZodNumber, z.ZodString]>, z.ZodTransform<number, string | number>>;
            critical: z.ZodPipe<z.ZodUnion<readonly [z.ZodNumber, z.ZodString]>, z.ZodTransform<number, string | number>>;
            abort_after: z.ZodOptional<z.ZodPipe<z.ZodUnion<readonly [z.ZodNumber, z.ZodString]>, z.ZodTransform<number, string | number>>>;
        }, z.core.$strict>>;
        p95_response_time: z.ZodOptional<z.ZodObject<{
            warning: z.ZodPipe<z.ZodUnion<readonly [z.ZodNumber, z.ZodString]>, z.ZodTransform<number, string | number>>;
            critical: z.ZodPipe<z.ZodUnion<readonly [z.ZodNumber, z.ZodString]>, z.ZodTransform<number, string | number>>;
            abort_after: z.ZodOptional<z.ZodPipe<z.ZodUnion<readonly [z.ZodNumber, z.ZodString]>, z.ZodTransform<number, string | number>>>;
        }, z.core.$strict>>;
        p99_response_time: z.ZodOptional<z.ZodObject<{
            warning: z.ZodPipe<z.ZodUnion<readonly [z.ZodNumber, z.ZodString]>, z.ZodTransform<number, string | number>>;
            critical: z.ZodPipe<z.ZodUnion<readonly [z.ZodNumber, z.ZodString]>, z.ZodTransform<number, string | number>>;
            abort_after: z.ZodOptional<z.ZodPipe<z.ZodUnion<readonly [z.ZodNumber, z.ZodString]>, z.ZodTransform<number, string | number>>>;
        }, z.core.$strict>>;
        requests_per_second: z.ZodOptional<z.ZodObject<{
            warning: z.ZodPipe<z.ZodUnion<readonly [z.ZodNumber, z.ZodString]>, z.ZodTransform<number, string | number>>;
            critical: z.ZodPipe<z.ZodUnion<readonly [z.ZodNumber, z.ZodString]>, z.ZodTransform<number, string | number>>;
            abort_after: z.ZodOptional<z.ZodPipe<z.ZodUnion<readonly [z.ZodNumber, z.ZodString]>, z.ZodTransform<number, string | number>>>;
        }, z.core.$strict>>;
        late_requests: z.ZodOptional<z.ZodObject<{
            warning: z.ZodPipe<z.ZodUnion<readonly [z.ZodNumber, z.ZodString]>, z.ZodTransform<number, string | number>>;
            critical: z.ZodPipe<z.ZodUnion<readonly [z.ZodNumber, z.ZodString]>, z.ZodTransform<number, string | number>>;
            abort_after: z.ZodOptional<z.ZodPipe<z.ZodUnion<readonly [z.ZodNumber, z.ZodString]>, z.ZodTransform<number, string | number>>>;
        }, z.core.$strict>>;
        dropped_requests: z.ZodOptional<z.ZodObject<{
            warning: z.ZodPipe<z.ZodUnion<readonly [z.ZodNumber, z.ZodString]>, z.ZodTransform<number, string | number>>;
            critical: z.ZodPipe<z.ZodUnion<readonly [z.ZodNumber, z.ZodString]>, z.ZodTransform<number, string | number>>;
            abort_after: z.ZodOptional<z.ZodPipe<z.ZodUnion<readonly [z.ZodNumber, z.ZodString]>, z.ZodTransform<number, string | number>>>;
        }, z.core.$strict>>;
        run_completion: z.ZodOptional<z.ZodObject<{
            warning: z.ZodPipe<z.ZodUnion<readonly [z.ZodNumber, z.ZodString]>, z.ZodTransform<number, string | number>>;
            critical: z.ZodPipe<z.ZodUnion<readonly [z.ZodNumber, z.ZodString]>, z.ZodTransform<number, string | number>>;
            abort_after: z.ZodOptional<z.ZodPipe<z.ZodUnion<readonly [z.ZodNumber, z.ZodString]>, z.ZodTransform<number, string | number>>>;
        }, z.core.$strict>>;
        check_pass_rate: z.ZodOptional<z.ZodObject<{
            warning: z.ZodPipe<z.ZodUnion<readonly [z.ZodNumber, z.ZodString]>, z.ZodTransform<number, string | number>>;
            critical: z.ZodPipe<z.ZodUnion<readonly [z.ZodNumber, z.ZodString]>, z.ZodTransform<number, string | number>>;
            abort_after: z.ZodOptional<z.ZodPipe<z.ZodUnion<readonly [z.ZodNumber, z.ZodString]>, z.ZodTransform<number, string | number>>>;
        }, z.core.$strict>>;
        p50_journey_duration: z.ZodOptional<z.ZodObject<{
            warning: z.ZodPipe<z.ZodUnion<readonly [z.ZodNumber, z.ZodString]>, z.ZodTransform<number, string | number>>;
            critical: z.ZodPipe<z.ZodUnion<readonly [z.ZodNumber, z.ZodString]>, z.ZodTransform<number, string | number>>;
            abort_after: z.ZodOptional<z.ZodPipe<z.ZodUnion<readonly [z.ZodNumber, z.ZodString]>, z.ZodTransform<number, string | number>>>;
        }, z.core.$strict>>;
        p95_journey_duration: z.ZodOptional<z.ZodObject<{
            warning: z.ZodPipe<z.ZodUnion<readonly [z.ZodNumber, z.ZodString]>, z.ZodTransform<number, string | number>>;
            critical: z.ZodPipe<z.ZodUnion<readonly [z.ZodNumber, z.ZodString]>, z.ZodTransform<number, string | number>>;
            abort_after: z.ZodOptional<z.ZodPipe<z.ZodUnion<readonly [z.ZodNumber, z.ZodString]>, z.ZodTransform<number, string | number>>>;
        }, z.core.$strict>>;
        p99_journey_duration: z.ZodOptional<z.ZodObject<{
            warning: z.ZodPipe<z.ZodUnion<readonly [z.ZodNumber, z.ZodString]>, z.ZodTransform<number, string | number>>;
            critical: z.ZodPipe<z.ZodUnion<readonly [z.ZodNumber, z.ZodString]>, z.ZodTransform<number, string | number>>;
            abort_after: z.ZodOptional<z.ZodPipe<z.ZodUnion<readonly [z.ZodNumber, z.ZodString]>, z.ZodTransform<number, string | number>>>;
        }, z.core.$strict>>;
        iterations_per_second: z.ZodOptional<z.ZodObject<{
            warning: z.ZodPipe<z.ZodUnion<readonly [z.ZodNumber, z.ZodString]>, z.ZodTransform<number, string | number>>;
            critical: z.ZodPipe<z.ZodUnion<readonly [z.ZodNumber, z.ZodString]>, z.ZodTransform<number, string | number>>;
            abort_after: z.ZodOptional<z.ZodPipe<z.ZodUnion<readonly [z.ZodNumber, z.ZodString]>, z.ZodTransform<number, string | number>>>;
        }, z.core.$strict>>;
        rss_growth_per_hour: z.ZodOptional<z.ZodObject<{
            warning: z.ZodPipe<z.ZodUnion<readonly [z.ZodNumber, z.ZodString]>, z.ZodTransform<number, string | number>>;
            critical: z.ZodPipe<z.ZodUnion<readonly [z.ZodNumber, z.ZodString]>, z.ZodTransform<number, string | number>>;
            abort_after: z.ZodOptional<z.ZodPipe<z.ZodUnion<readonly [z.ZodNumber, z.ZodString]>, z.ZodTransform<number, string | number>>>;
        }, z.core.$strict>>;
    }, z.core.$strict>>;
    fail_on: z.ZodOptional<z.ZodEnum<{
        [x: string]: string;
    }>>;
    csv: z.ZodOptional<z.ZodPipe<z.ZodString, z.ZodTransform<"errors" | `sample:${number}` | "all" | "none", string>>>;
    tolerances: z.ZodOptional<z.ZodObject<{
        error_rate: z.ZodOptional<z.ZodPipe<z.ZodUnion<readonly [z.ZodNumber, z.ZodString]>, z.ZodTransform<number, string | number>>>;
        p50_response_time: z.ZodOptional<z.ZodPipe<z.ZodUnion<readonly [z.ZodNumber, z.ZodString]>, z.ZodTransform<number, string | number>>>;
        p95_response_time: z.ZodOptional<z.ZodPipe<z.ZodUnion<readonly [z.ZodNumber, z.ZodString]>, z.ZodTransform<number, string | number>>>;
        requests_per_second: z.ZodOptional<z.ZodPipe<z.ZodUnion<readonly [z.ZodNumber, z.ZodString]>, z.ZodTransform<number, string | number>>>;
    }, z.core.$strict>>;
    drift: z.ZodOptional<z.ZodPipe<z.ZodObject<{
        p50_drift: z.ZodOptional<z.ZodPipe<z.ZodObject<{
            warning: z.ZodUnion<readonly [z.ZodNumber, z.ZodString]>;
            critical: z.ZodUnion<readonly [z.ZodNumber, z.ZodString]>;
        }, z.core.$strict>, z.ZodTransform<{
            warning: number;
            critical: number;
        }, {
            warning: string | number;
            critical: string | number;
        }>>>;
        p95_drift: z.ZodOptional<z.ZodPipe<z.ZodObject<{
            warning: z.ZodUnion<readonly [z.ZodNumber, z.ZodString]>;
            critical: z.ZodUnion<readonly [z.ZodNumber, z.ZodString]>;
        }, z.core.$strict>, z.ZodTransform<{
            warning: number;
            critical: number;
        }, {
            warning: string | number;
            critical: string | number;
        }>>>;
        throughput_decay: z.ZodOptional<z.ZodPipe<z.ZodObject<{
            warning: z.ZodUnion<readonly [z.ZodNumber, z.ZodString]>;
            critical: z.ZodUnion<readonly [z.ZodNumber, z.ZodString]>;
        }, z.core.$strict>, z.ZodTransform<{
            warning: number;
            critical: number;
        }, {
            warning: string | number;
            critical: string | number;
        }>>>;
        error_rate_rise: z.ZodOptional<z.ZodPipe<z.ZodObject<{
            warning: z.ZodUnion<readonly [z.ZodNumber, z.ZodString]>;
            critical: z.ZodUnion<readonly [z.ZodNumber, z.ZodString]>;
        }, z.core.$strict>, z.ZodTransform<{
            warning: number;
            critical: number;
        }, {
            warning: string | number;
            critical: string | number;
        }>>>;
        window: z.ZodOptional<z.ZodUnion<readonly [z.ZodNumber, z.ZodString]>>;
    }, z.core.$strict>, z.ZodTransform<{
        bands: Partial<Record<import("./drift.js").DriftName, import("./thresholds.js").Band>>;
        window?: {
            share: number;
        } | {
            seconds: number;
        } | undefined;
    }, {
        p50_drift?: {
            warning: number;
            critical: number;
        } | undefined;
        p95_drift?: {
            warning: number;
            critical: number;
        } | undefined;
        throughput_decay?: {
            warning: number;
            critical: number;
        } | undefined;
        error_rate_rise?: {
            warning: number;
            critical: number;
        } | undefined;
        window?: string | number | undefined;
    }>>>;
    tls: z.ZodOptional<z.ZodObject<{
        insecure: z.ZodOptional<z.ZodBoolean>;
        ca: z.ZodOptional<z.ZodString>;
    }, z.core.$strict>>;
    ab: z.ZodOptional<z.ZodObject<{
        max_duration: z.ZodOptional<z.ZodPipe<z.ZodUnion<readonly [z.ZodNumber, z.ZodString]>, z.ZodTransform<number, string | number>>>;
        pairing: z.ZodOptional<z.ZodEnum<{
            alternate: "alternate";
            duet: "duet";
        }>>;
    }, z.core.$strict>>;
    fail_on_regression: z.ZodOptional<z.ZodUnion<readonly [z.ZodEnum<{
        never: "never";
        regression: "regression";
        inconclusive: "inconclusive";
    }>, z.ZodBoolean]>>;
}, z.core.$strict>;
export type EndpointConfig = z.output<typeof endpointSchema>;
export type SetupRequestConfig = z.output<typeof setupRequestSchema>;
export type ServiceConfig = z.output<typeof serviceSchema>;
/** A service as written (in perf-gate.yml, or in code): defaults not yet filled in. */
export type ServiceInput = z.input<typeof serviceSchema>;
export type ConfigFile = z.output<typeof configSchema>;
/** JSON Schema (draft 2020-12) of what users write, for editor completion. */
export declare function configJsonSchema(): Record<string, unknown>;
