import { InputError } from './errors.js'
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
  /** how errors name the service: `perf-gate.yml services.api` */
  service: string,
  fill: (step: StepConfig, at: string) => Omit<Endpoint, 'weight'>
): { journeys: Journey[]; endpoints: Endpoint[] } {
  const endpoints: Endpoint[] = []
  const seen = new Set<string>()
  const journeys = configs.map((j, ji): Journey => {
    const at = `journeys[${ji}]`
    const field = (f: string): string => `${service}.${f}`
    if (seen.has(j.name))
      throw new InputError(field(`${at}.name`), `journey ${JSON.stringify(j.name)} is named twice`)
    seen.add(j.name)
    const names = new Set<string>()
    const steps = j.steps.map((step, si) => {
      const where = `${at}.steps[${si}]`
      const name = step.name ?? `step${si + 1}`
      if (names.has(name))
        throw new InputError(
          field(`${where}.name`),
          `step ${JSON.stringify(name)} is named twice in ${j.name}`
        )
      names.add(name)
      if (step.once && si > 0 && !j.steps[si - 1].once)
        throw new InputError(
          field(`${where}.once`),
          'once-steps come first (a login), before the steps that loop: move it up'
        )
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
    if (once === j.steps.length)
      throw new InputError(field(`${at}.steps`), 'every step is once: leave at least one step to loop')
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
