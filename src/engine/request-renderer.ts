import type { DataSet } from '../config/data-file.js'
import { encodePathComponent } from '../config/http-grammar.js'
import { jsonEscape, type Endpoint } from '../config/resolve.js'
import { bindValues, hasPlaceholder, parseTemplate, type Slot, type Template } from '../config/template.js'
import { DataFeed, WHOLE, type Part } from './data-feed.js'
import { withUserAgent } from './request-plan.js'
import {
  append,
  compileBody,
  emptyCompiled,
  layHead,
  raw,
  requestBytes,
  slotValue,
  type Compiled,
  type Encode
} from './request-template.js'

/** What fills the placeholders of a run: plain data, so it travels to worker threads as it is. */
export interface RunInputs {
  data?: DataSet
  /** values captured by the setup step, by name (secrets) */
  values: Record<string, string>
  /** this generator's share of the data rows and of `{{seq}}` (shards and workers) */
  part?: Part
  /**
   * Rows of its share each load generator already used (by worker index; one
   * entry without workers): the run after a warm-up goes on from there, so a
   * `unique` row is never sent twice
   */
  taken?: number[]
}

/** Above this many rows, a data-only request is built per send rather than kept per row (memory). */
const MAX_CACHED_ROWS = 200_000

function onlyData(d: DynamicRequest): boolean {
  return [...d.head.slots, ...(d.body?.slots ?? [])].every((s) => s.slot.kind === 'value')
}
/** A request whose text changes per send: its head and body, compiled once. */
interface DynamicRequest {
  head: Compiled
  body?: Compiled
  readsRow: boolean
  readsSeq: boolean
  /** requests that read data and no generator: each row's bytes, once built (a file's worth at most) */
  byRow?: Buffer[]
}

/**
 * Turns endpoints with `{{…}}` placeholders into request bytes, per send.
 * Captured values are written in once, up front; only what changes per
 * request (data rows, generators) is left to fill, so an endpoint with
 * captured values only is static again and keeps autocannon's prebuilt buffer.
 */
export class RequestRenderer {
  /** the endpoints with captured values written in (what autocannon prebuilds) */
  readonly endpoints: Endpoint[]
  /** by endpoint index; undefined where the request never changes */
  private readonly dynamic: (DynamicRequest | undefined)[]
  private feed?: DataFeed
  private readonly data?: DataSet
  private readonly takenBefore?: number
  private readonly dataFile?: string
  private readonly dataRows: number
  private readonly part: Part
  private sent = 0

  constructor(endpoints: readonly Endpoint[], host: string, inputs?: RunInputs) {
    const values = inputs?.values ?? {}
    this.part = inputs?.part ?? WHOLE
    const columns = inputs?.data?.columns ?? []
    this.endpoints = endpoints.map((e) => bindEndpoint(e, values))
    this.dynamic = this.endpoints.map((e) => compile(e, host, columns))
    if (inputs?.data && this.dynamic.some((d) => d?.readsRow)) {
      const feed = new DataFeed(inputs.data, this.part, inputs.taken?.[0])
      this.feed = feed
      for (const d of this.dynamic)
        for (const s of [...(d?.head.slots ?? []), ...(d?.body?.slots ?? [])])
          if (s.column >= 0) s.ready = feed.rows.map((row) => s.encode(row[s.column] ?? ''))
      for (const d of this.dynamic) if (d && onlyData(d) && feed.rows.length <= MAX_CACHED_ROWS) d.byRow = []
    }
    this.data = inputs?.data
    this.takenBefore = inputs?.taken?.[0]
    this.dataFile = inputs?.data?.file
    this.dataRows = inputs?.data?.rows.length ?? 0
  }

  /** Rows used so far, those of an earlier run (`taken`) included. */
  get taken(): number {
    return this.feed?.taken ?? 0
  }

  /** Whether endpoint `ep` is rendered per send (else its prebuilt buffer is sent). */
  isDynamic(ep: number): boolean {
    return this.dynamic[ep] !== undefined
  }

  /** A `unique` data file has no row left: nothing more may be sent. */
  get exhausted(): boolean {
    return this.feed?.exhausted ?? false
  }

  /** Why the run ended once a `unique` file ran out of rows. */
  exhaustedNote(): string {
    const rows = this.dataRows
    return `every row of ${this.dataFile} was used once (${rows.toLocaleString('en-US')} row${rows === 1 ? '' : 's'}, order: unique)`
  }

  /**
   * A whole data row, for a virtual user: its own for its life (`per_user`)
   * or one request's; undefined without a data file.
   */
  takeRow(): string[] | undefined {
    if (!this.data) return undefined
    this.feed ??= new DataFeed(this.data, this.part, this.takenBefore)
    return this.feed.take()
  }

  /** The bytes of one request of endpoint `ep`, every placeholder filled. */
  render(ep: number): Buffer {
    const d = this.dynamic[ep]!
    const row = d.readsRow ? this.feed!.takeIndex() : -1
    // the same row gives the same bytes when nothing else changes: built once, sent again from then on
    if (d.byRow) return (d.byRow[row] ??= this.build(d, row, ''))
    const seq = d.readsSeq ? String(this.part.index + 1 + this.part.of * this.sent++) : ''
    return this.build(d, row, seq)
  }

  private build(d: DynamicRequest, row: number, seq: string): Buffer {
    return requestBytes(fill(d.head, row, seq), d.body && fill(d.body, row, seq))
  }
}

/**
 * One request's path, headers and body with every placeholder filled, for a
 * request sent once (the setup step): `values` and generators, no data rows.
 */
export function fillOnce(
  e: Endpoint,
  values: Readonly<Record<string, string>>
): { path: string; headers: Record<string, string>; body?: string } {
  const b = bindEndpoint(e, values)
  const once = (text: string, encode: Encode): string => {
    if (!hasPlaceholder(text)) return text
    const c = emptyCompiled()
    append(c, text, encode)
    return fill(c, -1, '1')
  }
  return {
    path: once(b.path, encodePathComponent),
    headers: Object.fromEntries(Object.entries(withUserAgent(b.headers)).map(([k, v]) => [k, once(v, raw)])),
    ...(b.body !== undefined ? { body: once(b.body, e.jsonBody ? jsonEscape : raw) } : {})
  }
}

function bindEndpoint(e: Endpoint, values: Readonly<Record<string, string>>): Endpoint {
  const bind = (text: string, encode: Encode): string => {
    if (!hasPlaceholder(text)) return text
    const t = parseTemplate(text, e.name)
    const encoded = Object.fromEntries(Object.entries(values).map(([k, v]) => [k, encode(v)]))
    return joinTemplate(bindValues(t, encoded))
  }
  return {
    ...e,
    path: bind(e.path, encodePathComponent),
    headers: Object.fromEntries(Object.entries(e.headers).map(([k, v]) => [k, bind(v, raw)])),
    ...(e.body !== undefined ? { body: bind(e.body, e.jsonBody ? jsonEscape : raw) } : {})
  }
}

/** A template written back as text, its remaining slots as placeholders again. */
function joinTemplate(t: Template): string {
  return t.parts.reduce((text, part, i) => text + part + (i < t.slots.length ? slotText(t.slots[i]) : ''), '')
}

function slotText(s: Slot): string {
  return s.kind === 'value'
    ? `{{${s.name}}}`
    : s.kind === 'randomInt'
      ? `{{randomInt ${s.min} ${s.max}}}`
      : `{{${s.kind}}}`
}

/**
 * The request as autocannon would write it (request line, Host, keep-alive,
 * headers), as one template; undefined when nothing in it changes.
 */
function compile(e: Endpoint, host: string, columns: readonly string[]): DynamicRequest | undefined {
  const headers = withUserAgent(e.headers)
  const dynamicBody = e.body !== undefined && hasPlaceholder(e.body)
  if (!hasPlaceholder(e.path) && !dynamicBody && !Object.values(headers).some(hasPlaceholder))
    return undefined
  const head = emptyCompiled()
  const add = (text: string, encode: Encode): void => append(head, text, encode, columns)
  add(`${e.method} `, raw)
  add(e.path, encodePathComponent)
  layHead(e, host, add)
  const body = compileBody(e, columns)
  const slots = [...head.slots, ...(body?.slots ?? [])]
  return {
    head,
    body,
    readsRow: slots.some((s) => s.slot.kind === 'value'),
    readsSeq: slots.some((s) => s.slot.kind === 'seq')
  }
}

/**
 * The text with its slots filled: data values come ready-encoded by row;
 * generators give digits, hex and dashes, which need no encoding anywhere.
 */
function fill(c: Compiled, row: number, seq: string): string {
  let out = c.parts[0]
  for (let i = 0; i < c.slots.length; i++) {
    const s = c.slots[i]
    out += (s.ready ? s.ready[row] : slotValue(s.slot, seq)) + c.parts[i + 1]
  }
  return out
}
