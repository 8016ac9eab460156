/**
 * The inline style sheet of generated HTML pages: readable on screen, clean on A4 paper.
 * No fonts, images or other resources are loaded: the pages work offline.
 *
 * @internal
 */
export const DOC_STYLE = /* @__PURE__ */ `
:root { color-scheme: light; }
body { font-family: system-ui, "Segoe UI", Roboto, "Noto Sans", Arial, sans-serif; line-height: 1.5; color: #1a1a1a; margin: 0; background: #fff; }
main { max-width: 60rem; margin: 0 auto; padding: 1.5rem; }
h1 { font-size: 1.6rem; margin: 0 0 1rem; }
h2 { font-size: 1.3rem; margin: 2rem 0 0.75rem; border-bottom: 1px solid #ccc; padding-bottom: 0.25rem; }
h3 { font-size: 1.1rem; margin: 1.5rem 0 0.5rem; }
h4 { font-size: 1rem; margin: 1.25rem 0 0.25rem; }
code { font-family: ui-monospace, "SFMono-Regular", Consolas, monospace; font-size: 0.9em; background: #f3f3f3; padding: 0 0.2em; border-radius: 3px; overflow-wrap: anywhere; }
table { border-collapse: collapse; width: 100%; margin: 0.75rem 0; font-size: 0.95rem; }
th, td { border: 1px solid #999; padding: 0.3rem 0.5rem; text-align: left; vertical-align: top; }
th { background: #eee; }
td.num, th.num { text-align: right; white-space: nowrap; }
tr.group td { background: #f5f5f5; }
tr.total td { border-top: 2px solid #333; }
.notice { border: 2px solid; border-radius: 4px; padding: 0.5rem 0.75rem; margin: 0.75rem 0; font-weight: 600; }
.notice p { margin: 0; }
.notice-warning { border-color: #b26a00; background: #fff4e0; }
.notice-example { border-color: #b00020; background: #fde8ec; }
.notice-info { border-color: #2a5d9f; background: #e8f0fb; }
ul.checklist { list-style: none; padding-left: 0.5rem; }
ul.checklist .box { display: inline-block; width: 1.5em; }
table.sheet td { height: 1.9rem; }
table.sheet th:nth-child(n+6), table.sheet td:nth-child(n+6) { min-width: 5.5rem; }
.blanks p { display: flex; gap: 0.5rem; margin: 0.4rem 0; }
.blanks .line { flex: 1; border-bottom: 1px dotted #333; }
.signatures { display: flex; gap: 2rem; margin-top: 1.5rem; }
.signature { flex: 1; text-align: center; }
.signature .space { height: 5rem; }
.page-break { height: 0; }
@media print {
  @page { size: A4; margin: 15mm; }
  body { font-size: 11pt; }
  main { max-width: none; padding: 0; }
  a { color: inherit; text-decoration: none; }
  h1, h2, h3, h4 { break-after: avoid; page-break-after: avoid; }
  thead { display: table-header-group; }
  tr, .notice, .signatures { break-inside: avoid; page-break-inside: avoid; }
  th, tr.group td { background: #eee !important; -webkit-print-color-adjust: exact; print-color-adjust: exact; }
  .notice { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
  .page-break { break-before: page; page-break-before: always; }
}
`.trim();
