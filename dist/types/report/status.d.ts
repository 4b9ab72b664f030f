import { type Status } from '../gate/evaluate.js';
import type { RunDocument } from './run-document.js';
export declare function worst(statuses: Status[]): Status;
type EndpointRow = RunDocument['per_endpoint'][number];
/**
 * An endpoint's status for the reports: its own threshold checks when it
 * has any; otherwise the overall bands for error rate, average and p95
 * (throughput is left out: an endpoint only gets its share of it).
 */
export declare function endpointStatus(doc: RunDocument, ep: EndpointRow): Status;
export {};
