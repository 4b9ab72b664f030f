import { isUnreachableError, UnreachableError } from '../config/errors.js'
import { redactText } from '../report/redact.js'
import { ServiceUnderTest, type ServiceSpec } from './service-under-test.js'

/** The service `--start` started, for `fn` to watch: its process and its command, secrets redacted. */
export interface StartedService {
  pid: number
  command: string
}

export interface WithServiceHooks<T> {
  log: (line: string) => void
  /** the run directories `fn` wrote: each gets the service's log */
  runDirs: (result: T) => string[]
  /** values to redact from the log and the messages (a captured token the service may print) */
  secrets: (result?: T) => readonly string[]
  signal?: AbortSignal
}

/**
 * Runs `fn` with the service under test started first and stopped after:
 * `spec.command` in its own process group, awaited until ready, its output
 * saved as service.log in every run directory. Without a spec, just `fn`.
 * A service that exits, or is not ready in time, fails with exit 3 and the
 * last lines of its log; one that exits during the run is said after it.
 */
export async function withServiceUnderTest<T>(
  spec: ServiceSpec | undefined,
  env: NodeJS.ProcessEnv,
  fn: (started?: StartedService) => Promise<T>,
  hooks: WithServiceHooks<T>
): Promise<T> {
  if (!spec) return fn()
  const awaited = spec.waitFor?.href ?? spec.targets.join(', ')
  hooks.log(
    `perf-gate: starting the service (${spec.labels.start}): ${redactText(spec.command, hooks.secrets())}; waiting up to ${spec.waitTimeoutSec} s for ${awaited}`
  )
  const startedAt = Date.now()
  const service = await ServiceUnderTest.start(spec, env, hooks.secrets(), hooks.signal)
  hooks.log(`perf-gate: the service is ready (${((Date.now() - startedAt) / 1000).toFixed(1)} s)`)
  let result: T
  try {
    const pid = service.pid
    result = await fn(
      pid === undefined ? undefined : { pid, command: redactText(spec.command, hooks.secrets()) }
    )
  } catch (e) {
    const died = service.exitDescription
    await service.stop()
    const tail = died ? await service.tail(hooks.secrets()) : ''
    await service.discardLog()
    if (died && isUnreachableError(e)) throw new UnreachableError(`${e.message}; the service ${died}${tail}`)
    throw e
  }
  const died = service.exitDescription
  await service.stop()
  const secrets = hooks.secrets(result)
  if (died) hooks.log(`⚠ the service ${died} during the run${await service.tail(secrets)}`)
  await service.saveLog(hooks.runDirs(result), secrets)
  return result
}
