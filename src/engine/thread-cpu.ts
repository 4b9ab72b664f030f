import { readFileSync } from 'node:fs'

/** CPU time used so far, in µs, as process.cpuUsage() gives it. */
export type CpuMeter = () => NodeJS.CpuUsage

/** Linux counts thread CPU in clock ticks of 10 ms (USER_HZ, 100 on every mainstream kernel). */
const TICK_US = 10_000

/**
 * CPU time of the calling thread alone. In a worker thread process.cpuUsage()
 * counts every thread of the process, so two busy workers would each look
 * 200% busy. Node 22.19+ and 24 have process.threadCpuUsage(); on Node 20
 * Linux's /proc/thread-self/stat has the same figure at 10 ms resolution
 * (a stage lasts seconds); elsewhere the process-wide figure is all there is.
 */
export function threadCpuMeter(): CpuMeter {
  const own = (process as { threadCpuUsage?: () => NodeJS.CpuUsage }).threadCpuUsage
  if (typeof own === 'function') return () => own.call(process)
  if (procThreadCpu() !== undefined) return () => procThreadCpu()!
  return () => process.cpuUsage()
}

function procThreadCpu(): NodeJS.CpuUsage | undefined {
  try {
    // fields after the command name, which is in parentheses and may hold spaces
    const stat = readFileSync('/proc/thread-self/stat', 'utf8')
    const f = stat.slice(stat.lastIndexOf(')') + 2).split(' ')
    // utime and stime are fields 14 and 15 of the line, 12 and 13 after the name
    return { user: Number(f[11]) * TICK_US, system: Number(f[12]) * TICK_US }
  } catch {
    return undefined
  }
}
