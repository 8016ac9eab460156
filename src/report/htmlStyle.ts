/**
 * The report page's stylesheet: screen and print (A4, no page break inside a table row, a chart
 * or a heading's first lines, colours kept in print).
 *
 * @internal
 */
export const REPORT_CSS = `
:root { color-scheme: light; --ink: #1a1a1a; --muted: #5f6368; --line: #d0d4d9; --bar: #6c9bd2; --total: #1f4e89; --target: #c0392b; }
* { box-sizing: border-box; }
body { font-family: "Segoe UI", Roboto, "Noto Sans", Arial, sans-serif; color: var(--ink); margin: 0 auto; max-width: 1100px; padding: 24px; line-height: 1.4; font-size: 14px; }
h1 { font-size: 1.5em; margin: 0 0 .4em; }
h2 { font-size: 1.25em; margin: 1.4em 0 .5em; border-bottom: 2px solid var(--line); padding-bottom: .2em; }
h3 { font-size: 1.05em; margin: 1.2em 0 .4em; }
dl.meta { display: grid; grid-template-columns: max-content 1fr; gap: .2em 1em; margin: 0; }
dl.meta dt { font-weight: 600; }
dl.meta dd { margin: 0; }
table { border-collapse: collapse; width: 100%; margin: .4em 0 .8em; font-size: .92em; }
th, td { border: 1px solid var(--line); padding: .3em .45em; vertical-align: top; text-align: left; }
th { background: #eef2f6; font-weight: 600; }
td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
tr.scope td { font-weight: 600; background: #f7f9fb; }
td.d2 { padding-left: 1.4em; } td.d3 { padding-left: 2.4em; } td.d4 { padding-left: 3.4em; }
.status-achieved { color: #1e7b34; font-weight: 600; }
.status-on-track { color: #1f4e89; }
.status-behind { color: #b03a2e; font-weight: 600; }
.status-no-data { color: var(--muted); }
p.note { color: var(--muted); font-size: .88em; margin: .2em 0; }
figure { margin: .4em 0; }
figcaption { color: var(--muted); font-size: .85em; }
svg { max-width: 100%; height: auto; font-family: inherit; }
/* Chart colours are SVG attributes, so a chart copied out of the page keeps them. */
ul.legend { list-style: none; padding: 0; margin: .3em 0; font-size: .88em; }
ul.legend li { margin: .15em 0; }
ul.legend .swatch { display: inline-block; width: .9em; height: .9em; margin-right: .4em; vertical-align: -.1em; }
footer { margin-top: 2em; color: var(--muted); font-size: .8em; }
td.note { min-width: 22em; }
th.unit, td.unit { min-width: 11em; }
tr.apart th { background: #f3f3f3; text-align: left; font-style: italic; font-weight: 600; }
.print-only { display: none; }
/* Printed as handed in: A4 landscape, each metric a compact table (charts stay on screen), header
   rows repeated on every page, rows never split, the recognition list printed from the annex. */
@page { size: A4 landscape; margin: 10mm 10mm 12mm; }
@media print {
  body { max-width: none; padding: 0; font-size: 8pt; line-height: 1.25; }
  * { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
  h1 { font-size: 13pt; } h2 { font-size: 11pt; margin: .8em 0 .3em; } h3 { font-size: 9.5pt; margin: .7em 0 .25em; }
  h2, h3 { break-after: avoid; page-break-after: avoid; }
  section.metric figure, section.history, ul.legend { display: none; }
  section.calendar ul { margin: .2em 0; }
  table { margin: .2em 0 .4em; font-size: 7.5pt; }
  th, td { padding: .15em .3em; }
  td.note { min-width: 0; width: 34%; }
  td.unit { min-width: 0; width: 16%; }
  tr, td, th { break-inside: avoid; page-break-inside: avoid; }
  thead { display: table-header-group; }
  section.recognitions { display: none; }
  .print-only { display: block; }
  p.note { font-size: 7pt; }
}
`;
