/**
 * One record per request, kept column-wise in typed arrays so that a million
 * requests cost about 20 MB, not the ~100 MB an object per request would.
 *
 * Columns live in fixed-size chunks rather than one array grown by doubling:
 * growth never copies, and the unused tail is at most one chunk.
 */

const CHUNK = 1 << 16

class Chunk {
  readonly sendUs = new Float64Array(CHUNK)
  readonly latencyUs = new Uint32Array(CHUNK)
  readonly bytes = new Uint32Array(CHUNK)
  readonly endpoint = new Uint16Array(CHUNK)
  readonly status = new Uint16Array(CHUNK)
  /** 0 = success, else an index into the recorder's interned (type, message) list + 1 */
  readonly error = new Uint16Array(CHUNK)
  /** stress stage of the request (0 for load tests) */
  readonly stage = new Uint8Array(CHUNK)
}

/** Bytes one record occupies across the columns. */
export const BYTES_PER_RECORD = 8 + 4 + 4 + 2 + 2 + 2 + 1

export interface RecordedError {
  /** an ErrorType */
  type: string
  /** human text for the CSV's error_message column */
  message: string
}

export interface RequestRecord {
  /** send time, µs since the recorder's epoch */
  sendUs: number
  latencyUs: number
  endpoint: number
  status: number
  error?: RecordedError
  bytes: number
  stage: number
}

/** Error types of a connection that failed before its request was written: nothing went out. */
const NEVER_SENT = new Set<string>(['connection_refused', 'dns', 'tls'])

export class Recorder {
  private readonly chunks: (Chunk | undefined)[] = []
  private n = 0
  private readonly errors: RecordedError[] = []
  private readonly errorIds = new Map<string, number>()
  /** by error id − 1: a failure of the connection, before the request could leave */
  private readonly neverSent: boolean[] = []
  /**
   * Paced runs only: how long each request waited past its due time before it
   * was sent (µs). Its sendUs is then the due time and its latency counts from
   * there (coordinated omission corrected); latency − wait is the service time.
   */
  private waits?: (Uint32Array | undefined)[]

  constructor(
    /** wall-clock time (ms since 1970) of sendUs = 0 */
    readonly epochMs: number
  ) {}

  get length(): number {
    return this.n
  }

  /** Appends one request; returns its index. */
  add(
    sendUs: number,
    latencyUs: number,
    endpoint: number,
    status: number,
    errorId: number,
    bytes: number,
    stage = 0,
    waitUs = 0
  ): number {
    const i = this.n
    const c = i >>> 16
    const j = i & (CHUNK - 1)
    if (c === this.chunks.length) this.chunks.push(new Chunk())
    const chunk = this.chunks[c]!
    chunk.sendUs[j] = sendUs
    chunk.latencyUs[j] = latencyUs > 0xffffffff ? 0xffffffff : latencyUs
    chunk.bytes[j] = bytes > 0xffffffff ? 0xffffffff : bytes
    chunk.endpoint[j] = endpoint
    chunk.status[j] = status
    chunk.error[j] = errorId
    chunk.stage[j] = stage
    if (waitUs > 0 || this.waits) {
      this.waits ??= []
      while (this.waits.length <= c) this.waits.push(new Uint32Array(CHUNK))
      this.waits[c]![j] = waitUs > 0xffffffff ? 0xffffffff : waitUs
    }
    this.n = i + 1
    return i
  }

  /** Interns an error (type, message) pair and returns the id to store with `add`. */
  errorId(type: string, message: string): number {
    const key = `${type}\u0000${message}`
    let id = this.errorIds.get(key)
    if (id === undefined) {
      this.errors.push({ type, message })
      this.neverSent.push(NEVER_SENT.has(type))
      id = this.errors.length
      if (id > 0xffff) {
        // more than 65k distinct messages: fold the message away, keep the type
        return this.errorId(type, 'other error messages')
      }
      this.errorIds.set(key, id)
    }
    return id
  }

  /**
   * Like `errorId`, for a type whose messages carry a varying detail (a
   * Retry-After value): after `max` distinct messages of the type, the others
   * share `fallback`, so a server that counts down cannot flood the report.
   */
  boundedErrorId(type: string, message: string, max: number, fallback: string): number {
    const id = this.errorIds.get(`${type}\u0000${message}`)
    if (id !== undefined) return id
    const seen = this.errors.reduce((n, e) => (e.type === type ? n + 1 : n), 0)
    return this.errorId(type, seen < max ? message : fallback)
  }

  sendUs(i: number): number {
    return this.chunks[i >>> 16]!.sendUs[i & (CHUNK - 1)]
  }
  latencyUs(i: number): number {
    return this.chunks[i >>> 16]!.latencyUs[i & (CHUNK - 1)]
  }
  endUs(i: number): number {
    const c = this.chunks[i >>> 16]!
    const j = i & (CHUNK - 1)
    return c.sendUs[j] + c.latencyUs[j]
  }
  endpoint(i: number): number {
    return this.chunks[i >>> 16]!.endpoint[i & (CHUNK - 1)]
  }
  status(i: number): number {
    return this.chunks[i >>> 16]!.status[i & (CHUNK - 1)]
  }
  bytes(i: number): number {
    return this.chunks[i >>> 16]!.bytes[i & (CHUNK - 1)]
  }
  stage(i: number): number {
    return this.chunks[i >>> 16]!.stage[i & (CHUNK - 1)]
  }
  /** µs request i waited past its due time before it was sent (0 unless paced). */
  waitUs(i: number): number {
    const w = this.waits?.[i >>> 16]
    return w ? w[i & (CHUNK - 1)] : 0
  }
  /**
   * Whether request i went out: not when its connection failed before it
   * could (refused, no DNS answer, TLS refused), nor when it was a paced
   * request dropped unsent (recorded with all of its latency as wait).
   */
  wasSent(i: number): boolean {
    const e = this.errorIdAt(i)
    if (e !== 0 && this.neverSent[e - 1]) return false
    const w = this.waitUs(i)
    return w === 0 || this.latencyUs(i) > w
  }
  /** Whether any request waited past its due time (then latencies and service times differ). */
  get hasWaits(): boolean {
    return this.waits !== undefined
  }
  /** 0 when the request succeeded, else an id for `errorOf`. */
  errorIdAt(i: number): number {
    return this.chunks[i >>> 16]!.error[i & (CHUNK - 1)]
  }
  errorOf(id: number): RecordedError | undefined {
    return id === 0 ? undefined : this.errors[id - 1]
  }
  get errorList(): readonly RecordedError[] {
    return this.errors
  }

  /** Latencies in µs of records [from, to), copied into one array (for sorting; 4 bytes a request). */
  latencies(from = 0, to = this.n): Uint32Array {
    const out = new Uint32Array(to - from)
    for (let i = from; i < to; i++) out[i - from] = this.latencyUs(i)
    return out
  }

  /**
   * Service times in µs (from the actual send, not the due time) of the
   * requests in [from, to) that were sent: a paced request dropped unsent has
   * no service time (its whole latency is wait).
   */
  serviceTimes(from = 0, to = this.n, into?: Uint32Array): Uint32Array {
    // `into` (at least to − from long) saves a copy when the caller has one to spare
    const out = into && into.length >= to - from ? into : new Uint32Array(to - from)
    let k = 0
    for (let i = from; i < to; i++) if (this.wasSent(i)) out[k++] = this.latencyUs(i) - this.waitUs(i)
    return k === out.length ? out : out.subarray(0, k)
  }

  /** One record as an object, for tests and small consumers; avoid in loops over large runs. */
  get(i: number): RequestRecord {
    const errorId = this.errorIdAt(i)
    return {
      sendUs: this.sendUs(i),
      latencyUs: this.latencyUs(i),
      endpoint: this.endpoint(i),
      status: this.status(i),
      error: this.errorOf(errorId),
      bytes: this.bytes(i),
      stage: this.stage(i)
    }
  }

  /** Bytes held by the columns (allocated, not only used). */
  get allocatedBytes(): number {
    const held = this.chunks.filter((c) => c !== undefined).length
    return (
      held * CHUNK * BYTES_PER_RECORD + (this.waits?.filter((w) => w !== undefined).length ?? 0) * CHUNK * 4
    )
  }

  /**
   * Frees the columns of records before `index` (whole chunks only): a
   * worker thread keeps no copy of what it sent on. Reading a released
   * record afterwards is a bug, and throws.
   */
  release(index: number): void {
    const whole = Math.min(index, this.n) >>> 16
    for (let c = 0; c < whole; c++) {
      this.chunks[c] = undefined
      if (this.waits && c < this.waits.length) this.waits[c] = undefined
    }
  }
}
