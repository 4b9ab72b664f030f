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
    /** where the command runs (default: perf-gate's own working directory) */
    cwd?: string;
    /** variables added to the command's environment (`PORT` for a bisect step's build) */
    env?: Readonly<Record<string, string>>;
}
export declare const SERVICE_LOG = "service.log";
/** The started service: its log, whether it is still running, and how to stop it. */
export declare class ServiceUnderTest {
    private readonly child;
    readonly logFile: string;
    private readonly logDir;
    private readonly spec;
    private readonly secrets;
    private exit?;
    private readonly exited;
    private readonly killOnExit;
    /**
     * The temporary log holds the service's output unredacted: perf-gate
     * ending any way at all (a third Ctrl-C, an uncaught error) removes it.
     * Synchronous, since an 'exit' listener cannot wait.
     */
    private readonly removeLogOnExit;
    private constructor();
    /**
     * Starts `spec.command` with its output in a log file; resolves once it is
     * ready, else throws (exit 3) with the last lines of its log, `secrets`
     * redacted, and no temporary file left behind.
     */
    static start(spec: ServiceSpec, env: NodeJS.ProcessEnv, secrets: readonly string[], signal?: AbortSignal): Promise<ServiceUnderTest>;
    /** The process perf-gate started (the shell running the command); its descendants are the service's too. */
    get pid(): number | undefined;
    /** `exited with code 1`, or undefined while it runs. */
    get exitDescription(): string | undefined;
    private waitUntilReady;
    /**
     * The last lines of the log, as a message's end: `; last lines of its
     * log:\n…`; the secrets known at the start and `more` redacted (a service
     * may print the API key it was given, and the action would make it an
     * `::error::` line).
     */
    tail(more?: readonly string[]): Promise<string>;
    /**
     * SIGTERM to its process group, SIGKILL after the grace time; idempotent.
     * The SIGKILL-on-exit handler stays until the group is gone: a third
     * Ctrl-C during the grace time ends perf-gate at once, and the handler is
     * then all that stops a service that ignores SIGTERM from keeping its port.
     */
    stop(): Promise<void>;
    /** Copies the log, its secrets redacted, into each run directory; then removes the temporary copy. */
    saveLog(runDirs: readonly string[], secrets: readonly string[]): Promise<void>;
    /** Removes the temporary log and its folder (the only copy that is unredacted); idempotent. */
    discardLog(): Promise<void>;
    private groupAlive;
    private signalGroup;
}
