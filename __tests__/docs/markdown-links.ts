import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs'
import { dirname, join, relative, resolve, sep } from 'node:path'

/**
 * GitHub's anchor for a heading (github-slugger): the heading's text
 * lowercased, punctuation and symbols dropped (`-` and `_` kept), each space
 * turned into `-`; a slug met again gets `-1`, `-2` …
 */
export function slugger(): (heading: string) => string {
  const occurrences = new Map<string, number>()
  return (heading) => {
    const text = heading
      .replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1') // a link or an image: its text
      .replace(/<[^>]+>/g, '') // inline HTML
      .trim()
    const original = text
      .toLowerCase()
      .replace(/[^\p{L}\p{M}\p{N}\p{Pc} -]/gu, '')
      .replace(/ /g, '-')
    let slug = original
    while (occurrences.has(slug)) {
      occurrences.set(original, occurrences.get(original)! + 1)
      slug = `${original}-${occurrences.get(original)}`
    }
    occurrences.set(slug, 0)
    return slug
  }
}

/** The lines of a Markdown text outside fenced code blocks, with their numbers. */
function proseLines(text: string): { line: string; n: number }[] {
  const out: { line: string; n: number }[] = []
  let fence: string | undefined
  text.split('\n').forEach((line, i) => {
    const m = /^\s*(`{3,}|~{3,})/.exec(line)
    if (m) {
      if (!fence) fence = m[1][0]
      else if (m[1][0] === fence) fence = undefined
      return
    }
    if (!fence) out.push({ line, n: i + 1 })
  })
  return out
}

/** Every anchor GitHub gives the headings of a Markdown file. */
export function anchorsOf(text: string): Set<string> {
  const slug = slugger()
  const anchors = new Set<string>()
  for (const { line } of proseLines(text)) {
    const m = /^#{1,6}\s+(.*?)\s*#*\s*$/.exec(line)
    if (m) anchors.add(slug(m[1]))
  }
  return anchors
}

export interface Link {
  file: string
  line: number
  target: string
}

/** The links of a Markdown file (inline links and images, reference definitions), code left out. */
export function linksOf(file: string, text: string): Link[] {
  const links: Link[] = []
  for (const { line, n } of proseLines(text)) {
    const prose = line.replace(/(`+)[^`]*?\1/g, '')
    for (const m of prose.matchAll(/!?\[[^\]]*\]\(\s*<?([^)\s>]+)>?(?:\s+"[^"]*")?\s*\)/g))
      links.push({ file, line: n, target: m[1] })
    const def = /^\s{0,3}\[[^\]]+\]:\s+<?(\S+?)>?(?:\s+"[^"]*")?\s*$/.exec(prose)
    if (def) links.push({ file, line: n, target: def[1] })
  }
  return links
}

/** Why a relative link leads nowhere (the file, or the anchor in it), or undefined when it resolves. */
export function brokenLink(root: string, link: Link): string | undefined {
  const { target } = link
  if (/^[a-z][a-z0-9+.-]*:/i.test(target)) return undefined // https:, mailto: …
  const [rawPath, anchor] = target.split('#', 2)
  const path = decodeURIComponent(rawPath)
  const base = resolve(root)
  const file = path === '' ? join(base, link.file) : resolve(base, dirname(link.file), path)
  const where = relative(base, file) || '.'
  if (file !== base && !file.startsWith(base + sep)) return `${target}: outside the repository`
  if (!existsSync(file)) return `${target}: no such file ${where}`
  if (anchor === undefined) return undefined
  if (statSync(file).isDirectory() || !file.endsWith('.md')) return undefined // line anchors of source files
  return anchorsOf(readFileSync(file, 'utf8')).has(anchor)
    ? undefined
    : `${target}: ${where} has no #${anchor}`
}

/** README.md, CHANGELOG.md and every Markdown file under docs/, relative to the root. */
export function docFiles(root: string): string[] {
  const docs = readdirSync(join(root, 'docs'), { recursive: true })
    .map(String)
    .filter((f) => f.endsWith('.md'))
    .map((f) => join('docs', f))
    .sort()
  return ['README.md', 'CHANGELOG.md', ...docs]
}
