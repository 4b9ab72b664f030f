import type { Thresholds } from './thresholds.js';
import type { TlsSettings } from './tls.js';
import type { PerfGateConfig } from './load.js';
/** One endpoint as the engine sends it. */
export interface Endpoint {
    /** `GET /v1/crl`: how the endpoint is named in every report */
    name: string;
    method: string;
    path: string;
    headers: Record<string, string>;
    body?: string;
    weight: number;
    thresholds?: Thresholds;
}
/** A service ready to be loaded: where it is, what to send, what to expect. */
export interface Target {
    service: string;
    /** origin plus optional path prefix, without a trailing slash */
    baseUrl: string;
    /** the seed's wording for an unreachable target */
    unreachableMessage: string;
    endpoints: Endpoint[];
    thresholds: Thresholds;
    secrets: string[];
    /** the service's own rate (perf-gate.yml `rps`), used when the run sets none */
    rps?: number;
    /** how an https target is verified (unset: verified, no extra CA) */
    tls?: TlsSettings;
}
/** Turns a configured service (and an optional base URL that replaces its own) into a Target. */
export declare function resolveTarget(config: PerfGateConfig, service: string, baseUrlOverride?: URL): Target;
