import type { Terminal } from '../terminal/terminal.js'

/** What a command needs from the process, passed in so commands stay testable. */
export interface CliContext {
  term: Terminal
  env: Readonly<Record<string, string | undefined>>
  exitCode: number
  /** runs fn with a signal that aborts on SIGINT/SIGTERM */
  withSignals<T>(fn: (signal: AbortSignal) => Promise<T>): Promise<T>
}
