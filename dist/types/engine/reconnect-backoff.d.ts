import type { AutocannonClient } from './autocannon-client.js';
/**
 * autocannon reconnects the instant a connection is refused: a target that
 * goes away mid-run would make it spin a core on thousands of refusals a
 * second, each recorded as a request. This spaces a connection's attempts
 * (25 ms, 50 ms, … 1 s) while they are refused, and ends the wait at the
 * first connection accepted: a target that comes back is loaded again within
 * a second, and the gap shows in the run's seconds as refused requests.
 *
 * Install after `recordConnection`, whose hooks must see every new socket.
 */
export declare class ReconnectBackoff {
    private refusedInARow;
    private timer;
    /** A reconnect is scheduled: the connection has no socket to send on. */
    get waiting(): boolean;
    install(client: AutocannonClient): void;
}
