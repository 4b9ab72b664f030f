#!/usr/bin/env node
// Prints one version's section of CHANGELOG.md (Keep a Changelog), for the
// GitHub release of that version: its body, without the heading.
//
//   node scripts/release-notes.mjs 1.2.0            (or v1.2.0, as the tag is named)
//   node scripts/release-notes.mjs 1.2.0 --changelog path/to/CHANGELOG.md
//
// Exit 1, with a message on stderr, when the section is missing or empty.
import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'

/** The body of `## [version]` in a Keep a Changelog text, trimmed; undefined when there is none. */
export function releaseNotes(changelog, version) {
  const wanted = version.replace(/^v/, '')
  const lines = changelog.split(/\r?\n/)
  const heading = (line) => /^## \[?([^\]\s]+)\]?(?:\s+-\s+.*)?$/.exec(line)?.[1]
  const start = lines.findIndex((l) => heading(l) === wanted)
  if (start < 0) return undefined
  const body = []
  for (const line of lines.slice(start + 1)) {
    // the next version's heading, or the link definitions at the end of the file
    if (/^## /.test(line) || /^\[[^\]]+\]:\s/.test(line)) break
    body.push(line)
  }
  const text = body.join('\n').trim()
  return text === '' ? undefined : text + '\n'
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const args = process.argv.slice(2)
  const at = args.indexOf('--changelog')
  const file = at >= 0 ? args[at + 1] : fileURLToPath(new URL('../CHANGELOG.md', import.meta.url))
  const version = args.find((a, i) => !a.startsWith('--') && (at < 0 || i !== at + 1))
  if (!version) {
    console.error('usage: release-notes.mjs <version> [--changelog FILE]')
    process.exit(2)
  }
  const notes = releaseNotes(readFileSync(file, 'utf8'), version)
  if (!notes) {
    console.error(
      `${file} has no notes for ${version}: add a "## [${version.replace(/^v/, '')}] - YYYY-MM-DD" section`
    )
    process.exit(1)
  }
  process.stdout.write(notes)
}
