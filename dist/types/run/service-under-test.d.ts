import type { TlsSettings } from '../config/tls.js';
/** `--start` / input `start`: the service under test, started and awaited by perf-gate. */
export interface ServiceSpec {
    /** a shell command line, run in its own process group */
    command: string;
    /** ready once this answers 2xx or 3xx; unset: once every target's port takes connections */
    waitFor?: URL;
    /** the targets' base URLs, awaited when `waitFor` is unset */
    targets: string[];
    waitTimeoutSec: number;
    /** how messages name the flags: `--start` / `--wait-for` / `--wait-timeout`, or the inputs */
    labels: {
        start: string;
        waitFor: string;
        waitTimeout: string;
    };
    tls?: TlsSettings;
}
export declare const SERVICE_LOG = "service.log";
/** The started service: its log, whether it is still running, and how to stop it. */
export declare class ServiceUnderTest {
    private readonly child;
    readonly logFile: string;
    private readonly logDir;
    private readonly spec;
    private exit?;
    private readonly exited;
    private readonly killOnExit;
    private constructor();
    /** Starts `spec.command` with its output in a log file; resolves once it is ready, else throws (exit 3). */
    static start(spec: ServiceSpec, env: NodeJS.ProcessEnv, signal?: AbortSignal): Promise<ServiceUnderTest>;
    /** `exited with code 1`, or undefined while it runs. */
    get exitDescription(): string | undefined;
    private waitUntilReady;
    /** The last lines of the log, as a message's end: `; last lines of its log:\n…`. */
    tail(secrets?: readonly string[]): Promise<string>;
    /** SIGTERM to its process group, SIGKILL after the grace time; idempotent. */
    stop(): Promise<void>;
    /** Copies the log, its secrets redacted, into each run directory; then removes the temporary copy. */
    saveLog(runDirs: readonly string[], secrets: readonly string[]): Promise<void>;
    private groupAlive;
    private signalGroup;
}
