import type { Recorder } from '../engine/recorder.js';
import { type EndpointErrorCount } from './types.js';
/**
 * Each endpoint's failures by (error type, status): which endpoint answered
 * 401 and which was rate limited, so that no view has to say only "http_4xx".
 * Counted under one numeric key per (endpoint, error id, status), no string
 * per record.
 */
export declare function endpointErrors(recorder: Recorder, endpoints: number): EndpointErrorCount[][];
export declare function addError(into: Map<string, EndpointErrorCount>, e: EndpointErrorCount): void;
/** Most first; ties by status then type, so the order is stable. */
export declare function topErrors(list: EndpointErrorCount[]): EndpointErrorCount[];
