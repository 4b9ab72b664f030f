/** The report page's parts (mustache, see page.ts). `{{x}}` is HTML-escaped; `{{{x}}}` only ever holds SVG built by charts/. */
export declare const REPORT_PARTS: {
    meta: string;
    footer: string;
    body: string;
};
