import { type Thresholds } from '../config/thresholds.js';
/** One alert's PromQL: `<measure> <op> <limit>`, kept apart so tests can run the measure itself. */
export interface AlertQuery {
    alert: string;
    severity: 'warning' | 'critical';
    /** the gate threshold the limit comes from */
    threshold: AlertedThreshold;
    measure: string;
    op: '>=' | '<=';
    limit: number;
}
type AlertedThreshold = 'error_rate' | 'p95_response_time' | 'requests_per_second';
/**
 * HighErrorRate, HighResponseTime (p95) and LowThroughput, each at warning
 * and critical, from the same thresholds that drive the gate: the seed's
 * bands, where reaching `critical` is critical.
 */
export declare function alertQueries(t?: Thresholds): AlertQuery[];
/** prometheus/rules/performance-alerts.yml */
export declare function alertRulesYaml(t?: Thresholds): string;
export {};
