import type { RunObserver } from '../run/observer.js';
export interface MonitoringOptions {
    /** serve /metrics here during the run */
    port?: number;
    /** keep serving this many seconds after the run, so the final values get scraped */
    lingerSec?: number;
    /** push to this Pushgateway during and at the end of the run */
    pushgatewayUrl?: string;
    /** where to say what happens (stderr in the CLI, core.info in the action) */
    log: (line: string) => void;
}
/** The live Prometheus face of a run: a /metrics endpoint and/or Pushgateway pushes. */
export declare function monitoringObserver(o: MonitoringOptions): RunObserver;
