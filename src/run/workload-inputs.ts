import { InputError } from '../config/errors.js'
import { readDataFile, type DataSet } from '../config/data-file.js'
import { headerValueProblem } from '../config/http-grammar.js'
import { setupHeaders, type Endpoint, type Target } from '../config/resolve.js'
import type { Shard } from '../config/shard.js'
import { checkNames, hasPlaceholder, parseTemplate, valueNames } from '../config/template.js'
import type { RunInputs } from '../engine/request-renderer.js'
import { runSetup } from './setup-step.js'

/**
 * A target's data file, read and checked against every placeholder before
 * anything is sent: an unknown name, a bad template or a value that cannot go
 * into a header is an InputError (exit 2) naming the field.
 */
export async function readWorkloadData(target: Target): Promise<DataSet | undefined> {
  const w = target.workload
  const data = w?.data ? await readDataFile(w.data.path, w.data.order, w.data.field) : undefined
  const captures: string[] = []
  for (const step of w?.setup ?? []) {
    // a setup request runs once: it reads what earlier steps captured, never data rows
    checkRequest({ ...step, headers: setupHeaders(step, captures) }, step.field, {
      columns: [],
      captures: [...captures]
    })
    captures.push(...Object.keys(step.capture))
  }
  // a virtual user's own captures, from any request of its journey (a value not captured yet is empty)
  for (const e of target.endpoints) captures.push(...(e.rules?.capture.map((c) => c.name) ?? []))
  const known = { columns: data?.columns ?? [], captures, dataFile: data?.file }
  const inHeaders = new Set<string>()
  target.endpoints.forEach((e, i) => {
    for (const name of checkRequest(e, endpointField(target, i), known)) inHeaders.add(name)
  })
  if (data) checkHeaderValues(data, inHeaders)
  return data
}

/** How errors name endpoint `i`: `services.api.endpoints[2]`, or a journey's step. */
function endpointField(target: Target, i: number): string {
  const e = target.endpoints[i]
  if (!e.journey) return `services.${target.service}.endpoints[${i}]`
  const j = target.journeys!.findIndex((x) => x.name === e.journey)
  return `services.${target.service}.journeys[${j}].steps[${target.journeys![j].steps.indexOf(i)}]`
}

/** Parses the request's templates and checks their names; returns the names its headers read. */
function checkRequest(
  e: Pick<Endpoint, 'path' | 'headers' | 'body'>,
  where: string,
  known: { columns: readonly string[]; captures: readonly string[]; dataFile?: string }
): string[] {
  const check = (text: string | undefined, field: string): string[] => {
    if (text === undefined || !hasPlaceholder(text)) return []
    const t = parseTemplate(text, field)
    checkNames(t, field, known)
    return valueNames(t)
  }
  check(e.path, `${where}.path`)
  check(e.body, `${where}.body`)
  return Object.entries(e.headers).flatMap(([name, v]) => check(v, `${where}.headers.${name}`))
}

/** A data value bound for a header must be one a header can carry (no CR/LF): found now, not mid-run. */
function checkHeaderValues(data: DataSet, names: ReadonlySet<string>): void {
  for (const name of names) {
    const c = data.columns.indexOf(name)
    if (c < 0) continue
    data.rows.forEach((row, r) => {
      const why = headerValueProblem(row[c] ?? '')
      if (why)
        throw new InputError(`${data.file} row ${r + 1} column ${name}`, `goes into a header and ${why}`)
    })
  }
}

/**
 * After the target answered: the setup step's captured values, which become
 * secrets of the target, and the inputs the engine fills placeholders from.
 */
export async function workloadInputs(
  target: Target,
  data: DataSet | undefined,
  options: { timeoutSec: number; shard?: Shard; signal?: AbortSignal }
): Promise<{ target: Target; inputs?: RunInputs }> {
  const values = target.workload?.setup.length
    ? await runSetup(target, options.timeoutSec, options.signal)
    : {}
  const captured = Object.values(values).filter((v) => v.length > 0)
  if (!data && captured.length === 0 && !usesGenerators(target)) return { target }
  const part = options.shard ? { index: options.shard.index - 1, of: options.shard.of } : undefined
  return {
    target: { ...target, secrets: [...new Set([...target.secrets, ...captured])] },
    inputs: { values, ...(data ? { data } : {}), ...(part ? { part } : {}) }
  }
}

function usesGenerators(target: Target): boolean {
  return target.endpoints.some(
    (e) =>
      hasPlaceholder(e.path) ||
      (e.body !== undefined && hasPlaceholder(e.body)) ||
      Object.values(e.headers).some(hasPlaceholder)
  )
}
