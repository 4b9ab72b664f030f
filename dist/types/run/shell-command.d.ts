/** How a shell command ended: its exit code (null when a signal ended it) and the last lines of its output. */
export interface ShellResult {
    code: number | null;
    signal: NodeJS.Signals | null;
    tail: string[];
}
/**
 * Runs a command line (a build) in its own process group with its output in
 * `logFile`, and waits for it. An abort, or perf-gate ending any way at
 * all, kills the whole group: a build must not outlive the bisect that
 * started it.
 */
export declare function runShellCommand(command: string, options: {
    cwd: string;
    logFile: string;
    env: NodeJS.ProcessEnv;
    signal?: AbortSignal;
    tailLines?: number;
}): Promise<ShellResult>;
