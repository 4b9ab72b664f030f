/**
 * Reduces a series to at most `maxPoints` by grouping neighbours. `max`
 * keeps each group's peak, so a latency spike survives any zoom level;
 * `mean` keeps the area, for rates.
 */
export function downsample(
  points: readonly (readonly [number, number])[],
  maxPoints: number,
  mode: 'max' | 'mean'
): [number, number][] {
  if (points.length <= maxPoints) return points.map(([x, y]) => [x, y])
  const size = Math.ceil(points.length / maxPoints)
  const out: [number, number][] = []
  for (let i = 0; i < points.length; i += size) {
    const group = points.slice(i, i + size)
    const ys = group.map((p) => p[1])
    const y = mode === 'max' ? Math.max(...ys) : ys.reduce((a, b) => a + b, 0) / ys.length
    out.push([group[0][0], y])
  }
  return out
}
