/**
 * The parts of autocannon's per-connection Client that the recorder hooks.
 * They are internals (not in @types/autocannon), verified against autocannon 9.0.0
 * lib/httpClient.js; tests in __tests__/engine catch a change of behaviour.
 */
import type { EventEmitter } from 'node:events';
import type { TaggedRequest } from './request-plan.js';
export interface AutocannonClient extends EventEmitter {
    /** per-request timeout in ms, read when each request is written */
    timeout: number;
    requestIterator: {
        currentRequest: TaggedRequest;
    };
    /** called right before each request is written to the socket */
    getRequestBuffer(): Buffer;
    /** sends the next request of the cycle, unless a rate quota holds it back */
    _doRequest(): void;
    /** re-armed with the timeout whenever a request is written */
    timeoutTicker: {
        reschedule(ms: number): void;
    };
    /** (re)opens the socket; called on start, after errors, timeouts and server closes */
    _connect(): void;
    conn: EventEmitter;
    /** http-parser-js instance; handlers live at the numeric indexes of its constructor's k* constants */
    parser: Record<number, unknown> & object;
}
/** What the parser reports when a response's headers are complete. */
export interface ParsedHeaders {
    statusCode: number;
    shouldKeepAlive?: boolean;
}
