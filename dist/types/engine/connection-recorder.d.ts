import type { AutocannonClient } from './autocannon-client.js';
import type { Recorder } from './recorder.js';
/**
 * Hooks one autocannon connection so that every request it sends ends as
 * exactly one record: a response, a socket error, a timeout, or a connection
 * the server closed before answering. The request in flight is tracked here,
 * because autocannon's own error events carry no endpoint.
 */
export interface ConnectionHandle {
    /** a request of this connection is in flight */
    busy(): boolean;
}
export declare function recordConnection(client: AutocannonClient, recorder: Recorder, nowUs: () => number, 
/** the stage a request belongs to, read when it is sent */
stage: () => number, 
/** once true, the connection sends nothing new and only finishes what is in flight */
draining: () => boolean): ConnectionHandle;
