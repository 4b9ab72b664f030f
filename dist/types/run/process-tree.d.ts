/**
 * A process and its descendants, read from Linux's /proc: what the service
 * under test costs in memory and CPU. A service is rarely one process (a
 * shell running node, a master and its workers, gunicorn's forks), so the
 * tree is walked through every process's parent id, each reading afresh:
 * children come and go during a run.
 */
/**
 * The kernel reports /proc times in USER_HZ ticks, 100 a second on every
 * Linux ABI perf-gate runs on (x86, arm), whatever HZ the kernel was built with.
 */
export declare const USER_HZ = 100;
/** What /proc/PID/stat says of a process that the sampler uses. */
export interface ProcStat {
    pid: number;
    ppid: number;
    /** R, S, D, Z (exited, not yet reaped), … */
    state: string;
    /** user + system CPU time, ticks of USER_HZ */
    cpuTicks: number;
    /** when it started, ticks since boot: a pid reused by a new process has another */
    startTicks: number;
}
/**
 * Parses /proc/PID/stat. Its second field, the name, is in parentheses and
 * may itself hold spaces and parentheses (`(my (weird) name)`), so the
 * fields after it are counted from the last `)`: state is field 3, ppid 4,
 * utime 14, stime 15, starttime 22.
 */
export declare function parseProcStat(text: string): ProcStat | undefined;
/** VmRSS of /proc/PID/status in bytes (the file says kB); 0 for a process with no memory of its own (a zombie). */
export declare function parseVmRss(text: string): number;
/**
 * The root and every process below it, root first; the others in the
 * order they are found, each after its parent. Pure: `stats` is a snapshot
 * of every process.
 */
export declare function treeOf(root: number, stats: readonly ProcStat[]): ProcStat[];
/** Whether a process with this pid runs now (one of another user counts: it exists). */
export declare function processExists(pid: number): boolean;
/** Why process figures cannot be read here, or undefined when /proc can be. */
export declare function procUnavailable(procRoot?: string): Promise<string | undefined>;
/** Every process's stat, read afresh. */
export declare function readAllStats(procRoot?: string): Promise<ProcStat[]>;
/** One reading of a process tree: its processes' CPU ticks by pid, and their RSS summed. */
export interface TreeReading {
    processes: ProcStat[];
    rssBytes: number;
}
/** The tree under `root` now; undefined when the root is gone (or exited, waiting to be reaped). */
export declare function readTree(root: number, procRoot?: string): Promise<TreeReading | undefined>;
/**
 * The process's program (`node`, `java`): its command line's first word,
 * without its folder and without the arguments, which may hold a secret.
 * The thread name in /proc/PID/comm is the fallback (node's says `MainThread`).
 */
export declare function processName(pid: number, procRoot?: string): Promise<string | undefined>;
