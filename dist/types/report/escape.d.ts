/** Escaping for every place user-controlled text (service names, paths, error messages) lands. */
/** Text and attribute values in HTML and SVG. */
export declare function escapeHtml(text: string): string;
/**
 * A Markdown table cell: HTML is neutralised (GitHub renders raw HTML in
 * comments), pipes and backticks cannot break the table or open code, and
 * line breaks stay inside the cell.
 */
export declare function escapeMarkdownCell(text: string): string;
/**
 * XML text and attributes (JUnit); control characters XML 1.0 forbids are
 * dropped, and line breaks are kept as character references, which attribute
 * normalisation would otherwise turn into spaces.
 */
export declare function escapeXml(text: string): string;
