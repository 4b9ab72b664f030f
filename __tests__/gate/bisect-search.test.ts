import { describe, expect, it } from '@jest/globals'
import { BisectSearch, type StepJudgement } from '../../src/gate/bisect-search.js'

/** Runs a whole search with `judge` for each candidate; the candidates it tried, in order, and its result. */
function search(candidates: number, judge: (i: number) => StepJudgement) {
  const s = new BisectSearch(candidates)
  const tried: number[] = []
  for (let i = s.next(); i !== undefined; i = s.next()) {
    tried.push(i)
    s.record(i, judge(i))
  }
  return { tried, result: s.result() }
}

describe('BisectSearch', () => {
  it('finds the first bad commit of 8 in 3 steps, wherever it is', () => {
    for (let first = 0; first < 8; first++) {
      const { tried, result } = search(8, (i) => (i >= first ? 'bad' : 'good'))
      expect(result).toEqual({ kind: 'first_bad', index: first })
      expect(tried.length).toBeLessThanOrEqual(3)
    }
  })

  it('with only the bad commit, has nothing to try: the bad commit is the first bad', () => {
    expect(search(1, () => 'good')).toEqual({ tried: [], result: { kind: 'first_bad', index: 0 } })
  })

  it('goes around a skipped commit and still finds the first bad one', () => {
    // candidates 0..7, the regression at 6; 3, the first tried, cannot be judged
    const { tried, result } = search(8, (i) => (i === 3 ? 'skip' : i >= 6 ? 'bad' : 'good'))
    expect(result).toEqual({ kind: 'first_bad', index: 6 })
    expect(tried[0]).toBe(3)
    expect(tried[1]).toBe(2)
  })

  it('names every skipped commit it could not get past, with the first known bad', () => {
    // the regression at 4, and 3 and 4 both undecidable: the first bad is 3, 4 or 5
    const { result } = search(8, (i) => (i === 3 || i === 4 ? 'skip' : i >= 4 ? 'bad' : 'good'))
    expect(result).toEqual({ kind: 'one_of', indices: [3, 4, 5] })
  })

  it('refuses a judgement outside what is left', () => {
    const s = new BisectSearch(8)
    s.record(3, 'bad')
    expect(() => s.record(5, 'good')).toThrow(RangeError)
  })
})
