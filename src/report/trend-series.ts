import { describeRun, runKind } from './format/run-description.js'
import { settingsOf, type RunDocument } from './run-document.js'

/**
 * Which runs make one trend: the same service, kind of run and settings
 * (users, length, rate, stress ramp, generator threads, endpoints and their
 * weights). A run of other settings measured another load: joined on one
 * line it draws a jump that is no change of the service (+14307% from 4
 * users to a paced 40 req/s), so it starts a series of its own, and no
 * change is computed across the two.
 */
export function seriesKey(doc: RunDocument): string {
  const c = doc.config
  return JSON.stringify([
    doc.mode,
    doc.service,
    c.users,
    // an A/B side's duration is the time it measured, never twice the same: its pairs are what was asked
    doc.mode === 'ab' ? [c.ab?.slice, doc.baseline?.slice_pairs?.length] : c.duration,
    c.rps ?? null,
    c.max_users ?? null,
    c.ramp_up ?? null,
    c.steps ?? null,
    c.workers ?? 1,
    c.endpoints.map((e) => [e.endpoint, e.weight])
  ])
}

/** A series' name: what ran, and with which settings, e.g. `load test api · 10 users for 60 s`. */
export function seriesTitle(doc: RunDocument): string {
  const settings = settingsOf(doc.config)
  const ab = doc.config.ab
  const what =
    doc.mode === 'ab' && ab
      ? `${settings.users} users on each side, ${doc.baseline?.slice_pairs?.length ?? '?'} pairs of ${ab.slice} s slices`
      : describeRun(doc.mode, settings)
  return `${runKind(doc.mode)} ${doc.service} · ${what}`
}

/** Runs grouped into series (each in time order), by service and kind, then in order of their first run. */
export function groupSeries<R extends { doc: RunDocument }>(runs: readonly R[]): R[][] {
  const groups = new Map<string, R[]>()
  for (const r of [...runs].sort((a, b) => a.doc.timestamp.localeCompare(b.doc.timestamp))) {
    const key = seriesKey(r.doc)
    groups.set(key, [...(groups.get(key) ?? []), r])
  }
  const by = (g: R[]): string => `${g[0].doc.service}\u0000${g[0].doc.mode}`
  return [...groups.values()].sort((a, b) => by(a).localeCompare(by(b)))
}
