/**
 * The one home of every default and limit a user can see. The CLI's flag
 * defaults, the action's inputs (and action.yml, checked by a test), the
 * library's option defaults and the generated docs/reference pages all read these values.
 */
export declare const DEFAULTS: Readonly<{
    readonly mode: "load";
    readonly users: 10;
    /** seconds */
    readonly duration: 60;
    readonly maxUsers: 100;
    /** seconds */
    readonly rampUp: 300;
    readonly steps: 10;
    /** seconds per request */
    readonly timeout: 10;
    /** `quick`: a light load on every service */
    readonly quickUsers: 5;
    readonly quickDuration: 10;
    /** `demo`: a quick test of each demo service */
    readonly demoUsers: 5;
    readonly demoDuration: 5;
    /** `ab`: seconds of each slice of load, sides alternating A B B A … */
    readonly abSlice: 1;
    readonly outputDir: "reports/performance";
    readonly failOn: "critical";
    /**
     * Where `/metrics` is served when asked for without a port. Chosen clear of
     * Prometheus (9090), Pushgateway (9091), Alertmanager (9093), node_exporter
     * (9100) and Grafana (3000); 9464 is the port Prometheus exporters of
     * OpenTelemetry use, so it is rarely taken on a CI machine.
     */
    readonly metricsPort: 9464;
    /** seconds /metrics stays up after the run */
    readonly metricsLinger: 0;
    /** load generator threads (`auto`: the cores, less one when the target is on this machine) */
    readonly workers: 1;
    /** seconds `--start`'s service has to become ready */
    readonly waitTimeout: 60;
    readonly monitoringDir: "monitoring";
    /** `soak`: an hour, recorded as histograms */
    readonly soakDuration: 3600;
    readonly soakRecord: "histograms";
}>;
export declare const LIMITS: Readonly<{
    readonly users: 10000;
    /** seconds: one day */
    readonly duration: 86400;
    readonly rps: 1000000;
    /** seconds */
    readonly timeout: 600;
    readonly steps: 100;
    readonly workers: 256;
    /** seconds */
    readonly waitTimeout: 3600;
    /** seconds */
    readonly metricsLinger: 3600;
}>;
export declare const MODES: readonly ["load", "stress", "soak"];
/** How a run keeps its requests: each one (exact percentiles), or histograms (memory flat in the run's length). */
export declare const RECORD_MODES: readonly ["requests", "histograms"];
export type RecordMode = (typeof RECORD_MODES)[number];
export type Mode = (typeof MODES)[number];
