/** Escaping for every place user-controlled text (service names, paths, error messages) lands. */

const HTML: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' }

/** Text and attribute values in HTML and SVG. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => HTML[c])
}

/**
 * A Markdown table cell: HTML is neutralised (GitHub renders raw HTML in
 * comments), pipes and backticks cannot break the table or open code, and
 * line breaks stay inside the cell.
 */
export function escapeMarkdownCell(text: string): string {
  // only what opens HTML: quotes stay quotes, readable where Markdown is shown as text
  return text
    .replace(/[&<>]/g, (c) => HTML[c])
    .replace(/\\/g, '\\\\')
    .replace(/\|/g, '\\|')
    .replace(/`/g, '\\`')
    .replace(/([*_~[\]])/g, '\\$1')
    .replace(/\r?\n|\r/g, '<br>')
}

/**
 * XML text and attributes (JUnit); control characters XML 1.0 forbids are
 * dropped, and line breaks are kept as character references, which attribute
 * normalisation would otherwise turn into spaces.
 */
export function escapeXml(text: string): string {
  // eslint-disable-next-line no-control-regex
  return escapeHtml(text.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/g, ''))
    .replace(/\n/g, '&#10;')
    .replace(/\r/g, '&#13;')
    .replace(/\t/g, '&#9;')
}
