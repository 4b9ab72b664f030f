import Mustache from 'mustache'
import { escapeHtml } from '../escape.js'

/**
 * The frame every perf-gate page shares: head (report.css, no script, no
 * inline style), a header with a verdict badge, the page's own body, a footer.
 * Each page passes its `meta`, `body` and `footer` as mustache partials.
 */
export const LAYOUT = `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="color-scheme" content="light dark">
<title>{{pageTitle}}</title>
<link rel="stylesheet" href="report.css">
</head>
<body>
<main>
<header class="report-header">
  <div>
    <p class="eyebrow">{{eyebrow}}</p>
    <h1>{{heading}}</h1>
    <p class="meta">{{> meta}}</p>
  </div>
  <div class="badge badge-{{verdict}}" role="status" aria-label="{{badgeLabel}}: {{verdictText}}">
    <span class="badge-label">{{badgeLabel}}</span>
    <span class="badge-value">{{verdictText}}</span>
  </div>
</header>
{{> body}}
<footer>{{> footer}}</footer>
</main>
</body>
</html>
`

export interface PageParts {
  meta: string
  body: string
  footer: string
}

/** mustache's default escape also encodes / and =, which clutters links; these five suffice in HTML. */
const escape = (v: unknown): string => escapeHtml(String(v))

/** The names the frame itself reads; each page's view adds its own. */
export interface PageFrame {
  pageTitle: string
  eyebrow: string
  heading: string
  badgeLabel: string
  verdict: string
  verdictText: string
}

export function renderPage<V extends PageFrame>(view: V, parts: PageParts): string {
  return Mustache.render(LAYOUT, view, { ...parts }, { escape })
}
