import { describe, it } from '@jest/globals'
import { accessSync, constants, statSync } from 'node:fs'
import { delimiter, join } from 'node:path'

/**
 * Tests that drive a Debian package (chromium, prometheus, promtool,
 * prometheus-pushgateway; `make system-deps` installs them). Where one is
 * missing:
 * - in CI (CI=true, which GitHub Actions sets) and under `make test` (its
 *   Makefile sets PERF_GATE_REQUIRE_SYSTEM_DEPS=1), the test FAILS, naming the
 *   package and `make system-deps`: a CI that could not install it is not green;
 * - elsewhere (`npx jest`, `npm run test:unit` on a laptop) it is SKIPPED, with
 *   a note, and counted as skipped in the `N passed, N failed, N skipped` line.
 */
export const REQUIRE_SYSTEM_DEPS = truthy(process.env.PERF_GATE_REQUIRE_SYSTEM_DEPS) || truthy(process.env.CI)

function truthy(v: string | undefined): boolean {
  return v !== undefined && !['', '0', 'false', 'no'].includes(v.trim().toLowerCase())
}

export interface SystemDep {
  /** the command the test runs */
  command: string
  /** the Debian package that brings it */
  pkg: string
  /** its path, when it is on PATH */
  path: string | undefined
  /** where it comes from, said when it is missing (default: a Debian package) */
  from?: string
}

/** The first of `names` on PATH, as `command -v` finds it (so a PATH without it hides it). */
function onPath(names: string[]): string | undefined {
  for (const dir of (process.env.PATH ?? '').split(delimiter).filter(Boolean)) {
    for (const name of names) {
      const p = join(dir, name)
      try {
        accessSync(p, constants.X_OK)
        if (statSync(p).isFile()) return p
      } catch {
        // not here
      }
    }
  }
  return undefined
}

export function systemDep(pkg: string, ...commands: string[]): SystemDep {
  return { command: commands[0], pkg, path: onPath(commands) }
}

function missing(dep: SystemDep): string {
  return (
    `${dep.command} is not installed (${dep.from ?? 'Debian package'} ${dep.pkg}): run \`make system-deps\` ` +
    '(scripts/setup-system.sh). A failure because CI or PERF_GATE_REQUIRE_SYSTEM_DEPS is set; elsewhere the test is skipped'
  )
}

const noted = new Set<string>()
function note(dep: SystemDep, what: string): void {
  if (noted.has(`${dep.command} ${what}`)) return
  noted.add(`${dep.command} ${what}`)
  console.warn(
    `!!! SKIPPED ${what}: ${dep.command} is not installed (${dep.from ?? 'Debian package'} ${dep.pkg}; \`make system-deps\` installs it). In CI, or with PERF_GATE_REQUIRE_SYSTEM_DEPS=1, this is a failure.`
  )
}

/** `it` for a test that needs `dep`: failing without it where deps are required, else skipped with a note. */
export function itNeeds(dep: SystemDep): typeof it {
  if (dep.path) return it
  if (REQUIRE_SYSTEM_DEPS)
    return ((name: string) =>
      it(name, () => {
        throw new Error(missing(dep))
      })) as unknown as typeof it
  return ((name: string, ...rest: unknown[]) => {
    note(dep, name)
    return (it.skip as (...a: unknown[]) => void)(name, ...rest)
  }) as unknown as typeof it
}

/** `describe` for tests that all need `dep`: one failing test without it where deps are required, else skipped with a note. */
export function describeNeeds(dep: SystemDep): typeof describe {
  if (dep.path) return describe
  if (REQUIRE_SYSTEM_DEPS)
    return ((name: string) =>
      describe(name, () => {
        it(`needs ${dep.command}`, () => {
          throw new Error(missing(dep))
        })
      })) as unknown as typeof describe
  return ((name: string, fn: () => void) => {
    note(dep, name)
    return describe.skip(name, fn)
  }) as unknown as typeof describe
}

/**
 * For a check that is one part of a larger test: true when `dep` is there;
 * otherwise throws where deps are required, else notes the skipped check and returns false.
 */
export function has(dep: SystemDep, what: string): boolean {
  if (dep.path) return true
  if (REQUIRE_SYSTEM_DEPS) throw new Error(`${what}: ${missing(dep)}`)
  note(dep, what)
  return false
}
