import type { AutocannonClient } from './autocannon-client.js'
import { classifySocketError } from './error-types.js'

/** First wait after a refused connection, doubled each refusal in a row, up to MAX_MS. */
const FIRST_MS = 25
const MAX_MS = 1000

/**
 * autocannon reconnects the instant a connection is refused: a target that
 * goes away mid-run would make it spin a core on thousands of refusals a
 * second, each recorded as a request. This spaces a connection's attempts
 * (25 ms, 50 ms, … 1 s) while they are refused, and ends the wait at the
 * first connection accepted: a target that comes back is loaded again within
 * a second, and the gap shows in the run's seconds as refused requests.
 *
 * Install after `recordConnection`, whose hooks must see every new socket.
 */
export class ReconnectBackoff {
  private refusedInARow = 0
  private timer: NodeJS.Timeout | undefined

  /** A reconnect is scheduled: the connection has no socket to send on. */
  get waiting(): boolean {
    return this.timer !== undefined
  }

  install(client: AutocannonClient): void {
    let accepted = false
    client.on('connError', (err: NodeJS.ErrnoException) => {
      // nothing accepted the connection: the target is down (or restarting), not slow
      if (!accepted && classifySocketError(err) === 'connection_refused') this.refusedInARow++
    })
    client.on('done', () => clearTimeout(this.timer))
    const connectNow = client._connect
    const connect = (c: AutocannonClient): void => {
      accepted = false
      connectNow.call(c)
      c.conn.once('connect', () => {
        accepted = true
        this.refusedInARow = 0
      })
    }
    const schedule = (c: AutocannonClient): void => {
      if (this.timer) return // already scheduled (a timeout on the dead socket asks again)
      if (this.refusedInARow === 0) return connect(c)
      const wait = Math.min(MAX_MS, FIRST_MS * 2 ** (this.refusedInARow - 1))
      this.timer = setTimeout(() => {
        this.timer = undefined
        if (!c.destroyed) connect(c)
      }, wait)
    }
    client._connect = function (this: AutocannonClient) {
      schedule(this)
    }
  }
}
