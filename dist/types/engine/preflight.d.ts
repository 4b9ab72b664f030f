import type { Target } from '../config/resolve.js';
/**
 * One request to the target's first endpoint before any load: any HTTP
 * answer (even 401 or 500) means the service is there. Without this,
 * autocannon would spin on refused connections.
 */
export declare function checkReachable(target: Target, timeoutSec: number): Promise<void>;
