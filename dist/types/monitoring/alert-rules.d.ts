import { type Thresholds } from '../gate/thresholds.js';
/** One alert's PromQL: `<measure> <op> <limit>`, kept apart so tests can run the measure itself. */
export interface AlertQuery {
    alert: string;
    severity: 'warning' | 'critical';
    measure: string;
    op: '>=' | '<=';
    limit: number;
    /** the limit as the gate's tables write it, with its unit: `5%`, `2 s`, `1 req/s` */
    limitText: string;
}
/**
 * HighErrorRate, HighResponseTime (p95) and LowThroughput, each at warning
 * and critical, from the same thresholds that drive the gate: the seed's
 * bands, where reaching `critical` is critical.
 */
export declare function alertQueries(t?: Thresholds): AlertQuery[];
/** prometheus/rules/performance-alerts.yml */
export declare function alertRulesYaml(t?: Thresholds): string;
