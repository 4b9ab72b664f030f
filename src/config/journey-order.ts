import type { z } from 'zod'

/**
 * The rules of a journey's shape that no single field breaks: names are
 * unique, once-steps come first and at least one step loops. Checked by the
 * schema, so that each error points at its line of the file as every other
 * config error does.
 */

interface StepShape {
  name?: string
  once: boolean
}

/** A step's name as figures and errors say it: its own, else its place (`step2`). */
export const stepName = (step: { name?: string }, index: number): string => step.name ?? `step${index + 1}`

/** A journey's steps: unique names (a default `step2` too), once-steps first, one step left to loop. */
export function checkSteps(j: { name: string; steps: readonly StepShape[] }, ctx: z.RefinementCtx): void {
  const names = new Set<string>()
  j.steps.forEach((step, si) => {
    const name = stepName(step, si)
    if (names.has(name))
      ctx.addIssue({
        code: 'custom',
        path: ['steps', si, 'name'],
        message: `step ${JSON.stringify(name)} is named twice in ${j.name}`
      })
    names.add(name)
    if (step.once && si > 0 && !j.steps[si - 1].once)
      ctx.addIssue({
        code: 'custom',
        path: ['steps', si, 'once'],
        message: 'once-steps come first (a login), before the steps that loop: move it up'
      })
  })
  if (j.steps.every((s) => s.once))
    ctx.addIssue({
      code: 'custom',
      path: ['steps'],
      message: 'every step is once: leave at least one step to loop'
    })
}

/** A service's journeys: each named once (figures and thresholds are filed by name). */
export function checkJourneyNames(journeys: readonly { name: string }[], ctx: z.RefinementCtx): void {
  const seen = new Set<string>()
  journeys.forEach((j, ji) => {
    if (seen.has(j.name))
      ctx.addIssue({
        code: 'custom',
        path: [ji, 'name'],
        message: `journey ${JSON.stringify(j.name)} is named twice`
      })
    seen.add(j.name)
  })
}
