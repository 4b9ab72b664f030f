import type { Thresholds } from '../config/thresholds.js';
export declare const MONITORING_FILES: {
    readonly dashboard: "grafana/dashboards/performance-testing.json";
    readonly rules: "prometheus/rules/performance-alerts.yml";
    readonly prometheus: "prometheus/prometheus.yml";
};
export interface SetupResult {
    written: string[];
    /** files a person changed since they were generated: left alone (use force) */
    kept: string[];
}
/** Writes the Grafana dashboard, the alert rules and a Prometheus config from the gate's thresholds. */
export declare function setupMonitoring(dir: string, thresholds: Thresholds, force?: boolean): Promise<SetupResult>;
