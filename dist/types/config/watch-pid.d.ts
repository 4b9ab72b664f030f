/** Linux's largest pid_max (2²²); other systems stay below it. */
export declare const MAX_PID = 4194304;
/**
 * `--watch-pid` / input `watch-pid`: the process id of a service perf-gate
 * did not start, whose memory and CPU (with its children's) are sampled
 * during the run; undefined when not given. With `start` perf-gate watches
 * the service it started, so the two together are refused: one of them would
 * be ignored. Whether the process exists is checked when the run starts.
 */
export declare function parseWatchPid(raw: string | undefined, labels: {
    watchPid: string;
    start: string;
}, startGiven: boolean): number | undefined;
