import { type AutocannonClient } from './autocannon-client.js';
import type { Pacer } from './pacer.js';
import type { Recorder } from './recorder.js';
import type { RequestRenderer } from './request-renderer.js';
import type { VirtualUser } from './session/virtual-user.js';
/**
 * Hooks one autocannon connection so that every request it sends ends as
 * exactly one record: a response, a socket error, a timeout, or a connection
 * the server closed before answering. The request in flight is tracked here,
 * because autocannon's own error events carry no endpoint.
 */
export interface ConnectionHandle {
    /** a request of this connection is in flight */
    busy(): boolean;
    /** settles when the socket first connects, or first fails to */
    connected: Promise<void>;
}
export interface ConnectionHooks {
    recorder: Recorder;
    nowUs: () => number;
    /** the stage a request belongs to, read when it is sent */
    stage: () => number;
    /** once false, the connection sends nothing new and only finishes what is in flight */
    maySend: () => boolean;
    /** under a rate: the connection asks the pacer for each request instead of sending at once */
    pacer?: Pacer;
    /** requests with placeholders: their bytes are rendered per send (the others keep autocannon's) */
    renderer?: RequestRenderer;
    /** after a send that used a `unique` data file's last row */
    onExhausted?: () => void;
    /** the run's position in the request cycle: each request this connection sends is the next one there */
    nextInCycle?: () => number;
    /** the virtual user this connection is (sessions): it picks, renders and reads each request */
    user?: VirtualUser;
}
export declare function recordConnection(client: AutocannonClient, hooks: ConnectionHooks): ConnectionHandle;
