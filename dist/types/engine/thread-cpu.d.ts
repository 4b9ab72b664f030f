/** CPU time used so far, in µs, as process.cpuUsage() gives it. */
export type CpuMeter = () => NodeJS.CpuUsage;
/**
 * CPU time of the calling thread alone. In a worker thread process.cpuUsage()
 * counts every thread of the process, so two busy workers would each look
 * 200% busy. Node 22.19+ and 24 have process.threadCpuUsage(); on Node 20
 * Linux's /proc/thread-self/stat has the same figure at 10 ms resolution
 * (a stage lasts seconds); elsewhere the process-wide figure is all there is.
 */
export declare function threadCpuMeter(): CpuMeter;
