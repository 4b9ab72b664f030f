import { seededRandom } from '../../src/engine/seeded-random.js'
import { ResourceSeries, type ResourceReading } from '../../src/metrics/resource-series.js'

export interface SyntheticMemory {
  /** readings, one a second from `startMs` */
  seconds: number
  startMs?: number
  /** RSS at the first reading */
  baseBytes?: number
  /** the true growth */
  bytesPerHour: number
  /** sd of the AR(1) noise around the line, bytes */
  noiseBytes: number
  /** its lag-1 autocorrelation: a heap grows and is collected over seconds, not independently each second */
  rho?: number
  seed?: number
}

/** RSS readings of a service that grows `bytesPerHour` under autocorrelated noise, CPU around 20%. */
export function syntheticReadings(o: SyntheticMemory): ResourceReading[] {
  const random = seededRandom(o.seed ?? 7)
  const rho = o.rho ?? 0.8
  const gauss = (): number => Math.sqrt(-2 * Math.log(1 - random())) * Math.cos(2 * Math.PI * random())
  let noise = 0
  const start = o.startMs ?? Date.UTC(2026, 10, 25, 12, 0, 0)
  return Array.from({ length: o.seconds }, (_, s) => {
    noise = rho * noise + Math.sqrt(1 - rho * rho) * o.noiseBytes * gauss()
    return {
      atMs: start + (s + 1) * 1000,
      rssBytes: Math.max(0, Math.round((o.baseBytes ?? 80e6) + (o.bytesPerHour * (s + 1)) / 3600 + noise)),
      cpuPercent: 20 + 5 * gauss(),
      processes: 2
    }
  })
}

export function seriesOf(readings: readonly ResourceReading[], capacity?: number): ResourceSeries {
  const series = new ResourceSeries(capacity)
  for (const r of readings) series.add(r)
  return series
}
