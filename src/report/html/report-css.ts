/**
 * report.css, written beside report.html. The report has no inline style at
 * all (Jenkins' default CSP forbids it), so everything visual lives here:
 * light and dark themes, chart colours, and a print layout.
 */
export const REPORT_CSS = `:root {
  --bg: #f6f7f9; --panel: #ffffff; --text: #1b1f24; --muted: #5b6470; --border: #d9dee4; --grid: #e7eaee;
  --good: #1a7f37; --good-bg: #dafbe1; --warn: #9a6700; --warn-bg: #fff8c5; --crit: #cf222e; --crit-bg: #ffebe9;
  --s1: #2f6feb; --s2: #bf3989; --s3: #8250df; --s4: #1a7f37; --bar: #2f6feb;
  color-scheme: light dark;
}
@media (prefers-color-scheme: dark) {
  :root {
    --bg: #0d1117; --panel: #161b22; --text: #e6edf3; --muted: #9198a1; --border: #30363d; --grid: #21262d;
    --good: #3fb950; --good-bg: #12261e; --warn: #d29922; --warn-bg: #272115; --crit: #f85149; --crit-bg: #2d1214;
    --s1: #58a6ff; --s2: #f778ba; --s3: #bc8cff; --s4: #3fb950; --bar: #58a6ff;
  }
}
* { box-sizing: border-box; }
body { margin: 0; background: var(--bg); color: var(--text);
  font: 15px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif; }
main { max-width: 1120px; margin: 0 auto; padding: 28px 24px 48px; }
h1 { font-size: 28px; margin: 2px 0 4px; word-break: break-word; }
h2 { font-size: 18px; margin: 0 0 12px; }
.eyebrow { margin: 0; color: var(--muted); text-transform: uppercase; letter-spacing: .06em; font-size: 12px; font-weight: 600; }
.meta { margin: 0; color: var(--muted); }
.report-header { display: flex; justify-content: space-between; align-items: center; gap: 24px; margin-bottom: 20px; }
.badge { display: flex; flex-direction: column; align-items: center; min-width: 150px; padding: 12px 22px;
  border-radius: 12px; border: 2px solid currentColor; }
.badge-label { font-size: 12px; text-transform: uppercase; letter-spacing: .08em; font-weight: 600; }
.badge-value { font-size: 30px; font-weight: 800; letter-spacing: .04em; }
.badge-pass { color: var(--good); background: var(--good-bg); }
.badge-warning { color: var(--warn); background: var(--warn-bg); }
.badge-fail { color: var(--crit); background: var(--crit-bg); }
.notice { padding: 10px 14px; border-radius: 8px; margin-bottom: 16px; border: 1px solid var(--warn); background: var(--warn-bg); color: var(--text); }
.cards { display: grid; grid-template-columns: repeat(auto-fit, minmax(150px, 1fr)); gap: 12px; margin-bottom: 20px; }
.card { background: var(--panel); border: 1px solid var(--border); border-radius: 10px; padding: 12px 14px; }
.card-label { color: var(--muted); font-size: 12px; text-transform: uppercase; letter-spacing: .05em; }
.card-value { white-space: nowrap; font-size: clamp(16px, 1.7vw, 21px); font-weight: 700; font-variant-numeric: tabular-nums; }
section.panel { background: var(--panel); border: 1px solid var(--border); border-radius: 10px; padding: 16px 18px; margin-bottom: 20px; }
.table-wrap { overflow-x: auto; }
table { width: 100%; border-collapse: collapse; font-variant-numeric: tabular-nums; }
th, td { text-align: left; padding: 7px 10px; border-bottom: 1px solid var(--border); vertical-align: top; }
th { color: var(--muted); font-size: 12px; text-transform: uppercase; letter-spacing: .04em; font-weight: 600; }
td.num, th.num { text-align: right; }
td code, .config code { font: 13px ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; word-break: break-all; }
tr:last-child td { border-bottom: none; }
.status::before { content: ""; display: inline-block; width: 8px; height: 8px; border-radius: 50%; background: currentColor; margin-right: 6px; vertical-align: 1px; }
.status { display: inline-block; padding: 1px 8px; border-radius: 999px; font-weight: 600; font-size: 13px; white-space: nowrap; }
.status-good { color: var(--good); background: var(--good-bg); }
.status-warning { color: var(--warn); background: var(--warn-bg); }
.status-critical { color: var(--crit); background: var(--crit-bg); }
.charts { display: grid; grid-template-columns: repeat(auto-fit, minmax(480px, 1fr)); gap: 16px; margin-bottom: 20px; }
figure { margin: 0; background: var(--panel); border: 1px solid var(--border); border-radius: 10px; padding: 12px 12px 6px; }
figcaption { font-weight: 600; margin: 0 0 4px 6px; }
svg.chart { width: 100%; height: auto; display: block; }
svg.waterfall { max-width: 760px; }
.chart .grid { stroke: var(--grid); stroke-width: 1; }
.chart .axis, .chart .tick { stroke: var(--muted); stroke-width: 1; }
.chart .tick-label, .chart .legend-label, .chart .threshold-label, .chart .marker-label { fill: var(--muted); font-size: 12px; font-family: inherit; }
.chart .axis-label { fill: var(--muted); font-size: 13px; font-weight: 600; }
.chart .think { fill: var(--grid); stroke: var(--muted); stroke-width: 1; stroke-dasharray: 3 2; }
.chart .line { fill: none; stroke-width: 2; stroke-linejoin: round; stroke-linecap: round; }
.chart .dot { stroke: none; }
.chart .s1 { stroke: var(--s1); fill: var(--s1); } .chart .line.s1 { fill: none; }
.chart .s2 { stroke: var(--s2); fill: var(--s2); } .chart .line.s2 { fill: none; }
.chart .s3 { stroke: var(--s3); fill: var(--s3); } .chart .line.s3 { fill: none; }
.chart .s4 { stroke: var(--s4); fill: var(--s4); } .chart .line.s4 { fill: none; }
.chart .line.trend { stroke-width: 2.5; stroke-dasharray: 8 5; }
.chart .bar { fill: var(--bar); opacity: .85; }
.interval-charts { display: grid; grid-template-columns: repeat(auto-fit, minmax(260px, 1fr)); gap: 8px 16px; margin-top: 12px; }
.interval-chart { max-width: 340px; }
.interval-chart .tolerance-band { fill: var(--grid); }
.interval-chart .zero { stroke: var(--muted); stroke-width: 1; }
.interval-chart .ci { stroke-width: 6; stroke-linecap: round; }
.interval-chart .interval-title { fill: var(--text); font-size: 12px; }
.interval-chart .ci-good { stroke: var(--good); fill: var(--good); }
.interval-chart .ci-warning { stroke: var(--warn); fill: var(--warn); }
.interval-chart .ci-critical { stroke: var(--crit); fill: var(--crit); }
.chart line.threshold-warning { stroke: var(--warn); stroke-width: 1.5; stroke-dasharray: 6 4; }
.chart line.threshold-critical { stroke: var(--crit); stroke-width: 1.5; stroke-dasharray: 6 4; }
.chart text.threshold-warning { fill: var(--warn); }
.chart text.threshold-critical { fill: var(--crit); }
.chart .band { fill: var(--grid); }
.chart .band-label { fill: var(--muted); font-size: 11px; }
.chart .marker { fill: none; stroke: var(--crit); stroke-width: 2.5; }
.chart .marker-label { fill: var(--crit); font-weight: 700; }
.two-col { display: grid; grid-template-columns: repeat(auto-fit, minmax(320px, 1fr)); gap: 16px; }
.two-col section.panel { margin-bottom: 0; }
.two-col + * { margin-top: 20px; }
.empty { color: var(--muted); margin: 0; }
.more { color: var(--muted); font-style: italic; }
a { color: var(--s1); }
footer { color: var(--muted); font-size: 13px; margin-top: 24px; }
@media (max-width: 640px) { .report-header { flex-direction: column; align-items: flex-start; } .charts { grid-template-columns: 1fr; } }
@media print {
  :root { --bg: #fff; --panel: #fff; --text: #000; --muted: #444; --border: #bbb; --grid: #ddd; }
  body { font-size: 11pt; }
  main { max-width: none; padding: 0; }
  .charts { grid-template-columns: 1fr 1fr; }
  figure, section.panel, .card, tr { break-inside: avoid; }
  a { color: inherit; text-decoration: none; }
}
`
