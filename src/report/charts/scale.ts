/** Linear scales with "nice" ticks (1, 2, 2.5, 5 × 10^k), as axis labels people can read. */
export interface LinearScale {
  domain: [number, number]
  range: [number, number]
  (value: number): number
  ticks: number[]
}

export function niceStep(span: number, count: number): number {
  if (span <= 0 || !Number.isFinite(span)) return 1
  const raw = span / Math.max(1, count)
  const power = 10 ** Math.floor(Math.log10(raw))
  const f = raw / power
  const nice = f <= 1 ? 1 : f <= 2 ? 2 : f <= 2.5 ? 2.5 : f <= 5 ? 5 : 10
  return nice * power
}

/** A scale from [min, max] onto [r0, r1]; the domain is widened to whole ticks. */
export function linearScale(min: number, max: number, r0: number, r1: number, tickCount = 5): LinearScale {
  if (!(max > min)) max = min + (min === 0 ? 1 : Math.abs(min))
  const step = niceStep(max - min, tickCount)
  const lo = Math.floor(min / step) * step
  const hi = Math.ceil(max / step - 1e-9) * step
  const ticks: number[] = []
  for (let v = lo; v <= hi + step / 2; v += step) ticks.push(Number(v.toPrecision(12)))
  const k = (r1 - r0) / (hi - lo)
  const scale = ((v: number) => r0 + (v - lo) * k) as LinearScale
  scale.domain = [lo, hi]
  scale.range = [r0, r1]
  scale.ticks = ticks
  return scale
}
