import type { Target } from '../config/resolve.js';
/**
 * Whether the target's port takes connections, before any load: without
 * this, autocannon would spin on refused connections. Only the connection
 * is tried (and, for https, the certificate), no request: a service that
 * accepts connections and then hangs, resets or answers garbage is running
 * and broken, and the load test is what measures that.
 */
export declare function checkReachable(target: Target, timeoutSec: number): Promise<void>;
