export interface PageParts {
    meta: string;
    body: string;
    footer: string;
}
export declare function renderPage(view: Record<string, unknown>, parts: PageParts): string;
