import { stepName } from './journey-order.js'
import type { JourneyConfig, StepConfig } from './journey-schema.js'
import type { Endpoint } from './resolve.js'
import { stepRules, type Journey } from './session-rules.js'

/**
 * A service's journeys as the engine walks them: every step becomes an
 * endpoint of the target, named `journey/step`, so each step has the
 * figures, thresholds and comparisons an endpoint has; a journey lists its
 * steps by endpoint index.
 */
export function resolveJourneys(
  configs: readonly JourneyConfig[],
  fill: (step: StepConfig, at: string) => Omit<Endpoint, 'weight'>
): { journeys: Journey[]; endpoints: Endpoint[] } {
  const endpoints: Endpoint[] = []
  // names, once-steps first and a step left to loop: the schema checked them (journey-order.ts)
  const journeys = configs.map((j, ji): Journey => {
    const at = `journeys[${ji}]`
    const steps = j.steps.map((step, si) => {
      const where = `${at}.steps[${si}]`
      const name = stepName(step, si)
      const rules = stepRules(step, { think: j.think, on_fail: j.on_fail })
      endpoints.push({
        ...fill(step, where),
        name: `${j.name}/${name}`,
        weight: 1,
        journey: j.name,
        step: name,
        ...(step.thresholds ? { thresholds: step.thresholds } : {}),
        ...(rules ? { rules } : {})
      })
      return endpoints.length - 1
    })
    const once = j.steps.filter((s) => s.once).length
    return {
      name: j.name,
      weight: j.weight,
      steps,
      once,
      ...(j.thresholds ? { thresholds: j.thresholds } : {})
    }
  })
  return { journeys, endpoints }
}
