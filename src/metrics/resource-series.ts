/**
 * The service's memory and CPU, a reading a second, kept in constant
 * memory however long the run: at most MAX_RESOURCE_POINTS points, each
 * the mean of the readings of its span. When the points are full,
 * neighbours are merged in pairs and the span doubles (1 s, 2 s, 4 s…), so
 * an hour keeps every second and a day a point every 32 s: 3600 points,
 * five numbers each, whatever the length. A pair's mean is the mean of its
 * readings, so a fit on the merged points stays a fit on the readings; each
 * point also keeps its highest RSS, so the peak survives every merge.
 */

/** One reading of the watched process tree. */
export interface ResourceReading {
  /** wall-clock ms of the reading */
  atMs: number
  /** resident memory of the process and its descendants, summed */
  rssBytes: number
  /** their CPU time since the previous reading over the wall time between the two, % of one core */
  cpuPercent: number
  /** processes in the tree */
  processes: number
}

/** A point of the series: the mean of the readings it holds. */
export interface SeriesPoint {
  atMs: number
  rssBytes: number
  cpuPercent: number
  /** the highest RSS of its readings */
  rssPeak: number
  readings: number
}

export const MAX_RESOURCE_POINTS = 3600

export class ResourceSeries {
  // one slot per point: sums of its readings, their count and the highest RSS among them
  private readonly atSum: Float64Array
  private readonly rssSum: Float64Array
  private readonly cpuSum: Float64Array
  private readonly peak: Float64Array
  private readonly count: Float64Array
  /** closed points; the slot at `length` is the one filling */
  private length = 0
  /** readings per point */
  private span = 1
  private last?: ResourceReading
  private processes = 0

  constructor(private readonly capacity = MAX_RESOURCE_POINTS) {
    if (capacity < 2 || capacity % 2 !== 0) throw new Error('capacity must be even and at least 2')
    // one more slot than the closed points: the point filling
    const slots = capacity + 1
    this.atSum = new Float64Array(slots)
    this.rssSum = new Float64Array(slots)
    this.cpuSum = new Float64Array(slots)
    this.peak = new Float64Array(slots)
    this.count = new Float64Array(slots)
  }

  add(r: ResourceReading): void {
    const k = this.length
    this.atSum[k] += r.atMs
    this.rssSum[k] += r.rssBytes
    this.cpuSum[k] += r.cpuPercent
    this.peak[k] = Math.max(this.peak[k], r.rssBytes)
    this.count[k]++
    this.last = r
    this.processes = Math.max(this.processes, r.processes)
    if (this.count[k] < this.span) return
    this.length++
    if (this.length === this.capacity) this.halve()
  }

  /** The last reading, when there was one. */
  get latest(): ResourceReading | undefined {
    return this.last
  }

  /** The most processes the tree had at one reading. */
  get maxProcesses(): number {
    return this.processes
  }

  /** Readings per point (1 until the series was first halved). */
  get readingsPerPoint(): number {
    return this.span
  }

  /** Every point, the one still filling last. */
  points(): SeriesPoint[] {
    const out: SeriesPoint[] = []
    const upTo = this.count[this.length] > 0 ? this.length + 1 : this.length
    for (let k = 0; k < upTo; k++) {
      const c = this.count[k]
      out.push({
        atMs: this.atSum[k] / c,
        rssBytes: this.rssSum[k] / c,
        cpuPercent: this.cpuSum[k] / c,
        rssPeak: this.peak[k],
        readings: c
      })
    }
    return out
  }

  /** Merges neighbouring points in pairs: half as many, each covering twice the readings. */
  private halve(): void {
    const arrays = [this.atSum, this.rssSum, this.cpuSum, this.count]
    for (let k = 0; k < this.capacity / 2; k++) {
      for (const a of arrays) a[k] = a[2 * k] + a[2 * k + 1]
      this.peak[k] = Math.max(this.peak[2 * k], this.peak[2 * k + 1])
    }
    for (let k = this.capacity / 2; k <= this.capacity; k++) {
      for (const a of arrays) a[k] = 0
      this.peak[k] = 0
    }
    this.length = this.capacity / 2
    this.span *= 2
  }
}
