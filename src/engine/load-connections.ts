import autocannon from 'autocannon'
import { VERIFIED_TLS } from '../config/tls.js'
import type { AutocannonClient } from './autocannon-client.js'
import { recordConnection, type ConnectionHandle, type ConnectionHooks } from './connection-recorder.js'
import type { StagePlan } from './load-runner.js'
import { ReconnectBackoff } from './reconnect-backoff.js'
import type { TaggedRequest } from './request-plan.js'
import type { RequestRenderer } from './request-renderer.js'
import { verifyClientTls } from './tls-verify.js'
import { VirtualUser, type Session } from './session/virtual-user.js'

/** After opening connections for a paced run, wait this long before opening more. */
const GROWTH_COOLDOWN_MS = 50
/** A shortage of connections that lasts this long opens more. */
const SHORTAGE_MS = 5
/** A paced run waits at most this long for its first connections before its schedule starts. */
const CONNECT_WAIT_MS = 1000

/** What every connection of a run shares: the plan, the requests, and how it records and sends. */
export interface ConnectionSetup {
  plan: StagePlan
  totalSec: number
  requests: TaggedRequest[]
  renderer: RequestRenderer
  /** each connection is a virtual user of this session (journeys, cookies, checks); unset: none */
  session?: Session
  /** the recorder's hooks but `maySend`, which also asks the run and the connection's backoff */
  hooks: Omit<ConnectionHooks, 'maySend' | 'renderer'>
  /** false once the run sends nothing new (draining or aborted) */
  sending: () => boolean
  /** false once the run drains or aborts: no connection is opened for a shortage then */
  mayGrow: () => boolean
  /** paced runs: due requests waiting for a connection */
  waiting: () => number
  /** an instance finished; with `err` when it failed, after every instance was told to stop */
  onInstanceEnd: (err: Error | null) => void
}

/**
 * The autocannon instances of one run and their connections, each hooked to
 * the recorder. autocannon cannot add connections to a running instance, so
 * each addition is an instance of its own; none is closed before the run ends.
 */
export class LoadConnections {
  private readonly handles: ConnectionHandle[] = []
  private readonly instances: autocannon.Instance[] = []
  /** autocannon instances started and not yet finished */
  private unfinished = 0
  /** connections opened: the users the load runs with */
  private opened = 0
  private growthTimer?: NodeJS.Timeout

  constructor(private readonly setup: ConnectionSetup) {}

  get running(): number {
    return this.unfinished
  }

  get users(): number {
    return this.opened
  }

  /** Some connection has a request in flight. */
  busy(): boolean {
    return this.handles.some((c) => c.busy())
  }

  stopAll(): void {
    for (const i of this.instances) i.stop()
  }

  /** A paced run's first connections, opened and waited for (at most CONNECT_WAIT_MS). */
  async openFirst(users: number): Promise<void> {
    this.add(users)
    this.opened = users
    await Promise.race([
      Promise.all(this.handles.map((c) => c.connected)),
      new Promise((r) => setTimeout(r, CONNECT_WAIT_MS))
    ])
  }

  /** A stage's users: connections are added up to them, never closed. */
  raiseTo(users: number): void {
    this.add(users - this.opened)
    this.opened = Math.max(this.opened, users)
  }

  /**
   * A paced request found no free connection. Connections busy for a moment
   * (a GC pause, a slow response) free up within milliseconds, and opening
   * more then only costs the generator time: more (doubling, up to maxUsers)
   * open only when requests are still waiting SHORTAGE_MS later.
   */
  grow(): void {
    const max = this.setup.plan.maxUsers ?? 0
    if (this.growthTimer || this.opened >= max || !this.setup.mayGrow()) return
    this.growthTimer = setTimeout(() => {
      this.growthTimer = undefined
      if (this.setup.waiting() > 0) this.openMore(max)
    }, SHORTAGE_MS)
  }

  stopGrowing(): void {
    clearTimeout(this.growthTimer)
  }

  private openMore(max: number): void {
    if (this.opened >= max || !this.setup.mayGrow()) return
    const add = Math.min(max - this.opened, Math.max(1, this.opened))
    this.add(add)
    this.opened += add
    this.growthTimer = setTimeout(() => (this.growthTimer = undefined), GROWTH_COOLDOWN_MS)
  }

  private add(count: number): void {
    if (count <= 0) return
    const { plan, renderer, hooks, sending, session } = this.setup
    const secure = plan.target.baseUrl.startsWith('https:')
    this.unfinished++
    const instance = autocannon(
      {
        url: plan.target.baseUrl,
        connections: count,
        // autocannon's own clock is only a backstop; we end the run ourselves
        duration: this.setup.totalSec + plan.timeoutSec + 5,
        // autocannon checks its stop flag once per sample interval
        sampleInt: 100,
        // autocannon refuses timeouts under 1 s; the exact value is set per client below
        timeout: Math.max(1, Math.ceil(plan.timeoutSec)),
        pipelining: 1,
        requests: this.setup.requests as never,
        setupClient: ((client: AutocannonClient) => {
          client.timeout = plan.timeoutSec * 1000
          // before autocannon opens the first connection, which it does right after this
          if (secure) verifyClientTls(client, plan.target.tls ?? VERIFIED_TLS)
          const backoff = new ReconnectBackoff()
          this.handles.push(
            recordConnection(client, {
              ...hooks,
              // aborted: send nothing new while autocannon gets round to stopping (once per sample interval);
              // waiting to reconnect to a target that refused: no socket to send on
              maySend: () => sending() && !backoff.waiting && !renderer.exhausted,
              renderer,
              ...(session ? { user: new VirtualUser(session) } : {})
            })
          )
          backoff.install(client)
          skipAutocannonBookkeeping(client)
        }) as never,
        skipAggregateResult: true
      } as autocannon.Options,
      (err) => {
        this.unfinished--
        if (err) this.stopAll()
        this.setup.onInstanceEnd(err)
      }
    )
    this.instances.push(instance)
  }
}

/**
 * autocannon attaches its own per-response bookkeeping (status tallies, an
 * HDR histogram in whole milliseconds, an event per response) right after
 * `setupClient` returns. perf-gate reads none of it (skipAggregateResult, no
 * amount, no bailout): every figure comes from the recorder. Dropping those
 * listeners on the next tick, before any response can arrive, leaves the
 * per-request work to the recorder alone.
 */
function skipAutocannonBookkeeping(client: AutocannonClient): void {
  const ours = new Set(client.listeners('response'))
  process.nextTick(() => {
    for (const l of client.listeners('response')) {
      if (!ours.has(l)) client.removeListener('response', l as (...a: unknown[]) => void)
    }
  })
}
