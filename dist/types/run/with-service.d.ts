import { type ServiceSpec } from './service-under-test.js';
/** The service `--start` started, for `fn` to watch: its process and its command, secrets redacted. */
export interface StartedService {
    pid: number;
    command: string;
}
export interface WithServiceHooks<T> {
    log: (line: string) => void;
    /** the run directories `fn` wrote: each gets the service's log */
    runDirs: (result: T) => string[];
    /** values to redact from the log and the messages (a captured token the service may print) */
    secrets: (result?: T) => readonly string[];
    signal?: AbortSignal;
}
/**
 * Runs `fn` with the service under test started first and stopped after:
 * `spec.command` in its own process group, awaited until ready, its output
 * saved as service.log in every run directory. Without a spec, just `fn`.
 * A service that exits, or is not ready in time, fails with exit 3 and the
 * last lines of its log; one that exits during the run is said after it.
 */
export declare function withServiceUnderTest<T>(spec: ServiceSpec | undefined, env: NodeJS.ProcessEnv, fn: (started?: StartedService) => Promise<T>, hooks: WithServiceHooks<T>): Promise<T>;
