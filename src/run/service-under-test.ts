import { spawn, type ChildProcess } from 'node:child_process'
import { closeSync, openSync, rmSync } from 'node:fs'
import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import http from 'node:http'
import https from 'node:https'
import { connect } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { UnreachableError } from '../config/errors.js'
import type { TlsSettings } from '../config/tls.js'
import { tlsConnectOptions } from '../engine/tls-verify.js'
import { redactText } from '../report/redact.js'
import { readLog } from './log-end.js'

/** `--start` / input `start`: the service under test, started and awaited by perf-gate. */
export interface ServiceSpec {
  /** a shell command line, run in its own process group */
  command: string
  /** ready once this answers 2xx or 3xx; unset: once every target's port takes connections */
  waitFor?: URL
  /** the targets' base URLs, awaited when `waitFor` is unset */
  targets: string[]
  waitTimeoutSec: number
  /** how messages name the flags: `--start` / `--wait-for` / `--wait-timeout`, or the inputs */
  labels: { start: string; waitFor: string; waitTimeout: string }
  tls?: TlsSettings
  /** where the command runs (default: perf-gate's own working directory) */
  cwd?: string
  /** variables added to the command's environment (`PORT` for a bisect step's build) */
  env?: Readonly<Record<string, string>>
}

export const SERVICE_LOG = 'service.log'
/** Lines of the service's log shown when it fails to start or exits. */
const TAIL_LINES = 20
/** How often readiness is tried, and how long one try may take. */
const POLL_MS = 200
const TRY_TIMEOUT_MS = 2000
/** After SIGTERM, the process group has this long to exit before SIGKILL. */
const STOP_GRACE_MS = 5000

/** The started service: its log, whether it is still running, and how to stop it. */
export class ServiceUnderTest {
  private exit?: { code: number | null; signal: NodeJS.Signals | null }
  private readonly exited: Promise<void>
  private readonly killOnExit = (): void => this.signalGroup('SIGKILL')
  /**
   * The temporary log holds the service's output unredacted: perf-gate
   * ending any way at all (a third Ctrl-C, an uncaught error) removes it.
   * Synchronous, since an 'exit' listener cannot wait.
   */
  private readonly removeLogOnExit = (): void => rmSync(this.logDir, { recursive: true, force: true })

  private constructor(
    private readonly child: ChildProcess,
    readonly logFile: string,
    private readonly logDir: string,
    private readonly spec: ServiceSpec,
    private readonly secrets: readonly string[]
  ) {
    this.exited = new Promise((resolve) =>
      child.once('exit', (code, signal) => {
        this.exit = { code, signal }
        resolve()
      })
    )
    // perf-gate ending any other way (a third Ctrl-C, an uncaught error, process.exit) must not
    // leave the service behind; 'exit' handlers run synchronously, and so does process.kill
    process.once('exit', this.killOnExit)
    process.once('exit', this.removeLogOnExit)
  }

  /**
   * Starts `spec.command` with its output in a log file; resolves once it is
   * ready, else throws (exit 3) with the last lines of its log, `secrets`
   * redacted, and no temporary file left behind.
   */
  static async start(
    spec: ServiceSpec,
    env: NodeJS.ProcessEnv,
    secrets: readonly string[],
    signal?: AbortSignal
  ): Promise<ServiceUnderTest> {
    // something already answering there would be taken for the service, and measured in its place
    const before = spec.waitFor ? await tryUrl(spec.waitFor, spec.tls) : await tryPorts(spec.targets)
    if (before === true) {
      const what = spec.waitFor ? spec.waitFor.href : spec.targets.join(', ')
      throw new UnreachableError(
        `❌ ${spec.labels.start}: ${what} answers before the service was started: another process holds it; stop it, or leave out ${spec.labels.start} to test what runs there`
      )
    }
    const logDir = await mkdtemp(join(tmpdir(), 'perf-gate-service-'))
    const logFile = join(logDir, SERVICE_LOG)
    let child: ChildProcess
    try {
      const fd = openSync(logFile, 'a')
      try {
        child = spawn(spec.command, {
          shell: true,
          detached: true,
          stdio: ['ignore', fd, fd],
          cwd: spec.cwd,
          env: { ...childEnv(env), ...spec.env }
        })
      } finally {
        closeSync(fd)
      }
    } catch (e) {
      await rm(logDir, { recursive: true, force: true })
      throw e
    }
    const service = new ServiceUnderTest(child, logFile, logDir, spec, secrets)
    const spawned = await new Promise<Error | undefined>((resolve) => {
      child.once('spawn', () => resolve(undefined))
      child.once('error', resolve)
    })
    if (spawned) {
      await service.stop()
      await service.discardLog()
      throw new UnreachableError(
        `❌ ${spec.labels.start}: cannot start ${JSON.stringify(spec.command)} (${spawned.message})`
      )
    }
    try {
      await service.waitUntilReady(signal)
    } catch (e) {
      // the log's last lines are in the message already (redacted); the file goes
      await service.stop()
      await service.discardLog()
      throw e
    }
    return service
  }

  /** The process perf-gate started (the shell running the command); its descendants are the service's too. */
  get pid(): number | undefined {
    return this.child.pid
  }

  /** `exited with code 1`, or undefined while it runs. */
  get exitDescription(): string | undefined {
    if (!this.exit) return undefined
    return this.exit.signal ? `was ended by ${this.exit.signal}` : `exited with code ${this.exit.code}`
  }

  private async waitUntilReady(signal?: AbortSignal): Promise<void> {
    const { spec } = this
    const deadline = Date.now() + spec.waitTimeoutSec * 1000
    let last: string
    for (;;) {
      if (signal?.aborted) throw new UnreachableError(`❌ stopped by signal before the service was ready`)
      if (this.exit) {
        throw new UnreachableError(
          `❌ ${spec.labels.start}: the service ${this.exitDescription} before it was ready${await this.tail()}`
        )
      }
      const answer = spec.waitFor ? await tryUrl(spec.waitFor, spec.tls) : await tryPorts(spec.targets)
      if (answer === true) return
      last = answer
      if (Date.now() >= deadline) {
        const what = spec.waitFor ? spec.waitFor.href : spec.targets.join(', ')
        throw new UnreachableError(
          `❌ ${spec.labels.start}: ${what} was not ready within ${spec.waitTimeoutSec} s (${spec.labels.waitTimeout}); last try: ${redactText(last, this.secrets)}${await this.tail()}`
        )
      }
      await new Promise((r) => setTimeout(r, POLL_MS))
    }
  }

  /**
   * The last lines of the log, as a message's end: `; last lines of its
   * log:\n…`; the secrets known at the start and `more` redacted (a service
   * may print the API key it was given, and the action would make it an
   * `::error::` line).
   */
  async tail(more: readonly string[] = []): Promise<string> {
    const secrets = [...this.secrets, ...more]
    const text = await readLog(this.logFile)
    const lines = text.trimEnd().split('\n').slice(-TAIL_LINES)
    if (lines.length === 0 || (lines.length === 1 && lines[0] === '')) return '; its log is empty'
    return `; last lines of its log:\n${lines.map((l) => `  | ${redactText(l, secrets)}`).join('\n')}`
  }

  /**
   * SIGTERM to its process group, SIGKILL after the grace time; idempotent.
   * The SIGKILL-on-exit handler stays until the group is gone: a third
   * Ctrl-C during the grace time ends perf-gate at once, and the handler is
   * then all that stops a service that ignores SIGTERM from keeping its port.
   */
  async stop(): Promise<void> {
    if (this.groupAlive()) {
      this.signalGroup('SIGTERM')
      const deadline = Date.now() + STOP_GRACE_MS
      while (this.groupAlive() && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50))
      if (this.groupAlive()) this.signalGroup('SIGKILL')
      await Promise.race([this.exited, new Promise((r) => setTimeout(r, 1000))])
    }
    if (!this.groupAlive()) process.removeListener('exit', this.killOnExit)
  }

  /** Copies the log, its secrets redacted, into each run directory; then removes the temporary copy. */
  async saveLog(runDirs: readonly string[], secrets: readonly string[]): Promise<void> {
    const text = redactText(await readLog(this.logFile), secrets)
    await Promise.all(runDirs.map((dir) => writeFile(join(dir, SERVICE_LOG), text)))
    await this.discardLog()
  }

  /** Removes the temporary log and its folder (the only copy that is unredacted); idempotent. */
  async discardLog(): Promise<void> {
    await rm(this.logDir, { recursive: true, force: true })
    process.removeListener('exit', this.removeLogOnExit)
  }

  private groupAlive(): boolean {
    if (this.child.pid === undefined) return false
    try {
      process.kill(-this.child.pid, 0)
      return true
    } catch {
      return false
    }
  }

  private signalGroup(signal: NodeJS.Signals): void {
    if (this.child.pid === undefined) return
    try {
      process.kill(-this.child.pid, signal)
    } catch {
      // already gone
    }
  }
}

/**
 * The service's environment: perf-gate's, less the action's inputs (the
 * runner passes them as INPUT_*, a token among them) that a service has no
 * business reading or logging.
 */
function childEnv(env: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  return Object.fromEntries(Object.entries(env).filter(([k]) => !k.startsWith('INPUT_')))
}

/** A log can be large: its last 1 MiB is what anyone reads. */

/** true once `url` answers 2xx or 3xx; else what it did instead. */
function tryUrl(url: URL, tls?: TlsSettings): Promise<true | string> {
  const secure = url.protocol === 'https:'
  const host = url.hostname.replace(/^\[|\]$/g, '')
  return new Promise((resolve) => {
    const req = (secure ? https : http).get(
      url,
      { agent: false, timeout: TRY_TIMEOUT_MS, ...(secure ? tlsConnectOptions(host, tls) : {}) },
      (res) => {
        res.resume()
        const status = res.statusCode ?? 0
        resolve(status >= 200 && status < 400 ? true : `HTTP ${status}`)
      }
    )
    req.on('timeout', () => req.destroy(new Error(`no answer within ${TRY_TIMEOUT_MS / 1000} s`)))
    req.on('error', (e: NodeJS.ErrnoException) => resolve(e.code ?? e.message))
  })
}

/** true once every target's port takes a connection; else the first refusal. */
async function tryPorts(targets: readonly string[]): Promise<true | string> {
  for (const t of targets) {
    const url = new URL(t)
    const port = Number(url.port) || (url.protocol === 'https:' ? 443 : 80)
    const host = url.hostname.replace(/^\[|\]$/g, '')
    const r = await new Promise<true | string>((resolve) => {
      const socket = connect({ host, port, timeout: TRY_TIMEOUT_MS })
      socket.once('connect', () => {
        socket.destroy()
        resolve(true)
      })
      socket.once('timeout', () => {
        socket.destroy()
        resolve(`${url.host}: no connection within ${TRY_TIMEOUT_MS / 1000} s`)
      })
      socket.once('error', (e: NodeJS.ErrnoException) => resolve(`${url.host}: ${e.code ?? e.message}`))
    })
    if (r !== true) return r
  }
  return true
}
