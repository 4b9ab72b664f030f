import { type Thresholds } from '../config/thresholds.js';
/** Every PromQL expression the dashboard runs, by panel title. */
export declare function dashboardQueries(): {
    panel: string;
    expr: string;
    legend: string;
}[];
/** grafana/dashboards/performance-testing.json: a datasource variable, service/endpoint variables, threshold lines. */
export declare function dashboardJson(t?: Thresholds): Record<string, unknown>;
/** prometheus/prometheus.yml: a scrape job for `perf-gate … --metrics-port`, and the alert rules. */
export declare function prometheusYaml(port?: number): string;
