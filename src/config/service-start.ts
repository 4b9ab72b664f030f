import { DEFAULTS, LIMITS } from './defaults.js'
import { InputError } from './errors.js'
import { durationSeconds, httpUrl } from './validate.js'

/** What a face asks of the service under test: the command, what to wait for, how long. */
export interface ServiceStart {
  command: string
  waitFor?: URL
  waitTimeoutSec: number
}

export interface ServiceStartLabels {
  start: string
  waitFor: string
  waitTimeout: string
}

/**
 * `--start` / `--wait-for` / `--wait-timeout` (or the action's inputs),
 * checked; undefined when no command is given. Waiting needs a command.
 */
export function parseServiceStart(
  raw: { start?: string; waitFor?: string; waitTimeout?: string },
  labels: ServiceStartLabels
): ServiceStart | undefined {
  const given = (v: string | undefined): v is string => v !== undefined && v.trim() !== ''
  // the action passes wait-timeout's default whether or not the step set it: only the others need a command
  if (!given(raw.start)) {
    if (given(raw.waitFor))
      throw new InputError(
        labels.waitFor,
        `waits for the service ${labels.start} starts: give ${labels.start} too`
      )
    return undefined
  }
  const command = raw.start.trim()
  const waitTimeoutSec = durationSeconds(
    labels.waitTimeout,
    raw.waitTimeout,
    DEFAULTS.waitTimeout,
    LIMITS.waitTimeout
  )
  return {
    command,
    ...(given(raw.waitFor) ? { waitFor: httpUrl(labels.waitFor, raw.waitFor.trim()) } : {}),
    waitTimeoutSec
  }
}
