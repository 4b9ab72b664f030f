import type { Endpoint } from './resolve.js'
import type { Journey } from './session-rules.js'

/**
 * Which captured values a journey's step can read, from the order a user
 * walks it: its once-steps in its first iteration, then the looped steps
 * again and again. A value is there for a step when a step before it
 * captured it; one that only this looped step or a later one captures is
 * there from the user's second iteration on, and empty in its first.
 */
export interface StepValues {
  /** the step, as figures name it (`shop/login`) */
  name: string
  /** captured by a step the user walks before this one, in every iteration */
  before: string[]
  /** captured by this step, from this very answer (its checks read them: captures apply first) */
  own: string[]
  /** names captured only by this step or a later one of its journey, each with the first such step's name */
  after: ReadonlyMap<string, string>
  /** a looped step: what `after` names is there from a user's second iteration (a once-step never sees it) */
  looped: boolean
  /** names captured only in the service's other journeys, with a step's name: a user may never have walked them */
  elsewhere: ReadonlyMap<string, string>
}

/** The values of each step of the target's journeys, by endpoint index. */
export function journeyStepValues(
  endpoints: readonly Endpoint[],
  journeys: readonly Journey[]
): Map<number, StepValues> {
  const capturedBy = (ep: number): string[] => endpoints[ep].rules?.capture.map((c) => c.name) ?? []
  /** each name the steps capture, with the first step that does */
  const firsts = (steps: readonly number[]): Map<string, string> => {
    const m = new Map<string, string>()
    for (const ep of steps) for (const n of capturedBy(ep)) if (!m.has(n)) m.set(n, endpoints[ep].name)
    return m
  }
  const out = new Map<number, StepValues>()
  for (const j of journeys) {
    const inJourney = firsts(j.steps)
    const elsewhere = firsts(journeys.filter((o) => o !== j).flatMap((o) => o.steps))
    for (const n of inJourney.keys()) elsewhere.delete(n)
    j.steps.forEach((ep, pos) => {
      const before = new Set(j.steps.slice(0, pos).flatMap(capturedBy))
      const after = firsts(j.steps.slice(pos))
      for (const n of before) after.delete(n)
      out.set(ep, {
        name: endpoints[ep].name,
        before: [...before],
        own: [...new Set(capturedBy(ep))],
        after,
        looped: pos >= j.once,
        elsewhere
      })
    })
  }
  return out
}
