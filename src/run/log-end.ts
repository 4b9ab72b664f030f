import { open, type FileHandle } from 'node:fs/promises'

/** The most of a log (a service's output, a build's) that is read: its end, where a failure shows. */
export const MAX_LOG_BYTES = 2 ** 20

/**
 * A log's text, or its last MAX_LOG_BYTES from a whole line on,
 * after a line saying how much was left out: a soak's chatty service may
 * write gigabytes, which are never read whole; empty when there is no log.
 */
export async function readLog(file: string): Promise<string> {
  let handle: FileHandle | undefined
  try {
    handle = await open(file, 'r')
    const { size } = await handle.stat()
    const from = Math.max(0, size - MAX_LOG_BYTES)
    const { buffer, bytesRead } = await handle.read(Buffer.alloc(size - from), 0, size - from, from)
    const text = buffer.subarray(0, bytesRead).toString('utf8')
    if (from === 0) return text
    const rest = text.slice(text.indexOf('\n') + 1)
    const left = size - Buffer.byteLength(rest)
    return `[perf-gate: the first ${left.toLocaleString('en-US')} bytes of the service's output are left out; its last ${Buffer.byteLength(rest).toLocaleString('en-US')} follow]\n${rest}`
  } catch {
    return ''
  } finally {
    await handle?.close()
  }
}
