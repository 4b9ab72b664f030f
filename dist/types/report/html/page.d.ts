/**
 * The frame every perf-gate page shares: head (report.css, no script, no
 * inline style), a header with a verdict badge, the page's own body, a footer.
 * Each page passes its `meta`, `body` and `footer` as mustache partials.
 */
export declare const LAYOUT = "<!doctype html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<meta name=\"color-scheme\" content=\"light dark\">\n<title>{{pageTitle}}</title>\n<link rel=\"stylesheet\" href=\"report.css\">\n</head>\n<body>\n<main>\n<header class=\"report-header\">\n  <div>\n    <p class=\"eyebrow\">{{eyebrow}}</p>\n    <h1>{{heading}}</h1>\n    <p class=\"meta\">{{> meta}}</p>\n  </div>\n  <div class=\"badge badge-{{verdict}}\" role=\"status\" aria-label=\"{{badgeLabel}}: {{verdictText}}\">\n    <span class=\"badge-label\">{{badgeLabel}}</span>\n    <span class=\"badge-value\">{{verdictText}}</span>\n  </div>\n</header>\n{{> body}}\n<footer>{{> footer}}</footer>\n</main>\n</body>\n</html>\n";
export interface PageParts {
    meta: string;
    body: string;
    footer: string;
}
/** The names the frame itself reads; each page's view adds its own. */
export interface PageFrame {
    pageTitle: string;
    eyebrow: string;
    heading: string;
    badgeLabel: string;
    verdict: string;
    verdictText: string;
}
export declare function renderPage<V extends PageFrame>(view: V, parts: PageParts): string;
