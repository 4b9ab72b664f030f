import { type Target } from '../config/resolve.js';
/**
 * Sends the target's setup requests once, in order, before any load, and
 * returns the values they captured (each a secret from then on). A request
 * that fails, answers anything but 2xx, or lacks a value to capture throws
 * UnreachableError (exit 3) saying which and why; no value is ever shown.
 */
export declare function runSetup(target: Target, timeoutSec: number, signal?: AbortSignal): Promise<Record<string, string>>;
