/**
 * Reduces a series to at most `maxPoints` by grouping neighbours. `max`
 * keeps each group's peak, so a latency spike survives any zoom level;
 * `mean` keeps the area, for rates.
 */
export declare function downsample(points: readonly (readonly [number, number])[], maxPoints: number, mode: 'max' | 'mean'): [number, number][];
