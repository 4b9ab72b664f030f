import { encodePathComponent } from '../../config/http-grammar.js'
import type { Endpoint } from '../../config/resolve.js'
import * as template from '../request-template.js'
import type { Compiled as Piece } from '../request-template.js'

const { append, compileBody, emptyCompiled, layHead, raw, requestBytes, slotValue } = template

/** One request of a virtual user, compiled once: its path, its head after the path, and its body. */
interface StepTemplate {
  method: string
  path: Piece
  /** ` HTTP/1.1\r\nHost…` up to (not including) the Cookie header and the blank line */
  head: Piece
  body?: Piece
  /** a Cookie header of the config's own, sent with the jar's cookies in one header */
  cookie?: Piece
}

/** Where a user's request takes its values: what it captured, then its data row, by name. */
export interface ValueSource {
  value(name: string): string | undefined
}

/**
 * Renders the requests of virtual users: each value slot is filled from the
 * user who sends it (its captures, its data row), and its Cookie header from
 * its own jar. Values captured once for the run (the setup step) were written
 * in before (the renderer's endpoints).
 */
export class StepRequests {
  private readonly templates: StepTemplate[]
  /** by endpoint: the bytes of a request with no placeholder, sent as they are while the user has no cookie */
  private readonly fixed: (Buffer | undefined)[]
  private seq = 0
  /** the `{{seq}}` of the request being rendered: one number however many slots read it */
  private requestSeq?: string

  constructor(
    endpoints: readonly Endpoint[],
    host: string,
    /** this generator's share of `{{seq}}` (workers and shards count apart) */
    private readonly part: { index: number; of: number }
  ) {
    this.templates = endpoints.map((e) => compile(e, host))
    const none: ValueSource = { value: () => undefined }
    this.fixed = this.templates.map((t, ep) =>
      [t.path, t.head, t.body, t.cookie].every((p) => !p || p.slots.length === 0)
        ? this.render(ep, t.path.parts[0], none, '')
        : undefined
    )
  }

  /** The request's path, every placeholder filled (the cookie jar matches on it); begins a request. */
  path(ep: number, source: ValueSource): string {
    this.requestSeq = undefined
    return fill(this.templates[ep].path, source, this.nextSeq)
  }

  /** The bytes of the request `path` began, with that filled path and `cookie` ('' for none). */
  render(ep: number, path: string, source: ValueSource, cookie: string): Buffer {
    const fixed = this.fixed?.[ep]
    if (fixed && !cookie) return fixed
    const t = this.templates[ep]
    let head = `${t.method} ${path}${fill(t.head, source, this.nextSeq)}`
    const own = t.cookie ? fill(t.cookie, source, this.nextSeq) : ''
    const cookies = own && cookie ? `${own}; ${cookie}` : own || cookie
    if (cookies) head += `Cookie: ${cookies}\r\n`
    return requestBytes(head, t.body && fill(t.body, source, this.nextSeq))
  }

  /** as the plain renderer: the request's number, taken when a slot first reads it */
  private readonly nextSeq = (): string =>
    (this.requestSeq ??= String(this.part.index + 1 + this.part.of * this.seq++))
}

function compile(e: Endpoint, host: string): StepTemplate {
  const head = emptyCompiled()
  let cookie: Piece | undefined
  // the config's Cookie header goes out joined with the jar's, in one header
  layHead(
    e,
    host,
    (text, encode) => append(head, text, encode),
    (name, value) => {
      if (name !== 'cookie') return false
      cookie = emptyCompiled()
      append(cookie, value, raw)
      return true
    }
  )
  const path = emptyCompiled()
  append(path, e.path, encodePathComponent)
  const body = compileBody(e)
  return { method: e.method, path, head, ...(body ? { body } : {}), ...(cookie ? { cookie } : {}) }
}

function fill(p: Piece, source: ValueSource, seq: () => string): string {
  let out = p.parts[0]
  for (let i = 0; i < p.slots.length; i++) {
    const { slot, encode } = p.slots[i]
    const v =
      slot.kind === 'value'
        ? encode(source.value(slot.name) ?? '')
        : slotValue(slot, slot.kind === 'seq' ? seq() : '')
    out += v + p.parts[i + 1]
  }
  return out
}
