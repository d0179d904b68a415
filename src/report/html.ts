import {createHash} from 'node:crypto'
import {displayPath} from '../files/paths.ts'
import type {LintMessage, LintResult, Range, Reporter} from '../model.ts'
import {escapeHtml, PROFILE_CSS, profileSvg, ROLE_NAMES} from './markup.ts'

/** Lines quoted under one finding at most; a longer range ends with an ellipsis line. */
const QUOTE_LINES = 6
/** Evidence lines listed under one finding at most. */
const EVIDENCE = 12

const STYLE = `:root{color-scheme:light dark;--fg:#1b1b1f;--bg:#fff;--muted:#55555c;--line:#d6d6dc;--err:#b3261e;--warn:#8a5a00;--code:#f4f4f6}
@media (prefers-color-scheme:dark){:root{--fg:#e8e8ec;--bg:#17171a;--muted:#a9a9b2;--line:#3a3a42;--err:#ff8a80;--warn:#f5c56b;--code:#222227}}
body{margin:0 auto;max-width:72rem;padding:1.5rem;font:15px/1.5 system-ui,sans-serif;color:var(--fg);background:var(--bg)}
h1{font-size:1.5rem;margin:0 0 .25rem}h2{font-size:1.15rem;margin:0}
a{color:inherit}.muted{color:var(--muted)}
caption{text-align:left}
table{border-collapse:collapse;width:100%;margin:1rem 0 2rem}
th,td{text-align:left;padding:.4rem .6rem;border-bottom:1px solid var(--line);vertical-align:top}
td.n,th.n{text-align:right;font-variant-numeric:tabular-nums}
th button{font:inherit;font-weight:600;color:inherit;background:none;border:0;padding:0;cursor:pointer}
th button::after{content:" \\2195";color:var(--muted)}
th[aria-sort=ascending] button::after{content:" \\2191"}th[aria-sort=descending] button::after{content:" \\2193"}
.has-errors{color:var(--err);font-weight:600}
section.posting{border-top:2px solid var(--line);padding:1rem 0 1.5rem}
.verdict{font-weight:600}
ol.findings{padding:0;list-style:none}
ol.findings>li{margin:.75rem 0;padding-left:.75rem;border-left:3px solid var(--warn)}
ol.findings>li.error{border-left-color:var(--err)}
.sev{font-weight:600;text-transform:uppercase;font-size:.75rem;letter-spacing:.04em}
li.error .sev{color:var(--err)}li.warning .sev{color:var(--warn)}
pre{background:var(--code);padding:.5rem .75rem;overflow-x:auto;margin:.35rem 0;white-space:pre-wrap}
pre .ln{display:inline-block;min-width:3ch;margin-right:1ch;color:var(--muted);text-align:right;user-select:none}
.evidence{margin:.25rem 0 0;padding-left:1.25rem}
${PROFILE_CSS}`

// Sorts the summary table by the column whose header button is pressed: numbers by value,
// text by its collation; pressing again reverses. Every row keeps its link to the posting.
const SCRIPT = `for(const button of document.querySelectorAll('th button')){button.addEventListener('click',()=>{
const th=button.closest('th'),table=th.closest('table'),body=table.tBodies[0],index=th.cellIndex,numeric=th.classList.contains('n');
const dir=th.getAttribute('aria-sort')==='ascending'?'descending':'ascending';
for(const other of table.tHead.rows[0].cells)other.setAttribute('aria-sort','none');th.setAttribute('aria-sort',dir);
const key=(row)=>row.cells[index].dataset.value;
const rows=[...body.rows].sort((a,b)=>{const x=key(a),y=key(b);const c=numeric?Number(x)-Number(y):x.localeCompare(y);return dir==='ascending'?c:-c});
body.append(...rows)})}`

function quote(lines: readonly string[] | undefined, range: Range): string {
  if (!lines) return ''
  const last = Math.min(range.endLine, range.line + QUOTE_LINES - 1, lines.length)
  const out: string[] = []
  for (let n = range.line; n <= last; n++) out.push(`<span class="ln">${n}</span>${escapeHtml(lines[n - 1] ?? '')}`)
  if (!out.length) return ''
  if (range.endLine > last && last < lines.length) out.push('<span class="ln"></span>…')
  return `<pre><code>${out.join('\n')}</code></pre>`
}

function finding(message: LintMessage, lines: readonly string[] | undefined): string {
  const sev = message.fatal || message.severity === 2 ? 'error' : 'warning'
  const rule = message.ruleId ? (message.docs ? ` <a href="${escapeHtml(message.docs)}">${escapeHtml(message.ruleId)}</a>` : ` ${escapeHtml(message.ruleId)}`) : ''
  const evidenceLines = [...new Set((message.relatedLocations ?? []).map((related) => related.line))].sort((a, b) => a - b)
  const evidence = evidenceLines.slice(0, EVIDENCE).map((line) => {
    const text = lines?.[line - 1]
    return `<li>line ${line}${text === undefined ? '' : `: <code>${escapeHtml(text.trim())}</code>`}</li>`
  })
  return [
    `<li class="${sev}" data-rule="${escapeHtml(message.ruleId ?? '')}" data-line="${message.line}">`,
    `<div><span class="sev">${sev}</span> <span class="muted">line ${message.line}:${message.column}</span>${rule}</div>`,
    `<div class="message">${escapeHtml(message.message)}</div>`,
    quote(lines, message),
    evidence.length ? `<ul class="evidence" aria-label="Evidence">${evidence.join('')}</ul>` : '',
    '</li>',
  ].join('')
}

function readsAs(result: LintResult): string {
  return result.posting ? result.posting.profile.verdict.replace(/^reads as /, '') : 'not read'
}

/**
 * One self-contained HTML page for a whole run: a sortable summary table, then each posting's
 * role profile chart and findings with the flagged lines quoted. No external scripts, styles,
 * fonts or images; a Content-Security-Policy allows nothing else to load. Quoted lines come
 * from `context.sources` (the text of each linted file, by path); without it findings are
 * listed unquoted.
 */
export const html: Reporter = (results, context) => {
  const errors = results.reduce((n, r) => n + r.errorCount, 0)
  const warnings = results.reduce((n, r) => n + r.warningCount, 0)
  const rows: string[] = []
  const sections: string[] = []
  results.forEach((result, i) => {
    const id = `p${i + 1}`
    const path = displayPath(result.filePath, context.cwd)
    const posting = result.posting
    const role = posting ? ROLE_NAMES[posting.role] : 'not read'
    const reads = readsAs(result)
    rows.push(
      `<tr><td data-value="${escapeHtml(path)}"><a href="#${id}">${escapeHtml(path)}</a>${posting?.title ? `<br><span class="muted">${escapeHtml(posting.title)}</span>` : ''}</td>`,
      `<td data-value="${escapeHtml(role)}">${escapeHtml(role)}</td><td data-value="${escapeHtml(reads)}">${escapeHtml(reads)}</td>`,
      `<td class="n${result.errorCount ? ' has-errors' : ''}" data-value="${result.errorCount}">${result.errorCount}</td><td class="n" data-value="${result.warningCount}">${result.warningCount}</td></tr>`,
    )
    const lines = context.sources?.get(result.filePath)?.split(/\r\n|\r|\n/)
    const stage = posting && posting.stage !== 'unknown' ? ` · stage ${escapeHtml(posting.stage)} (${escapeHtml(posting.stageSource)})` : ''
    sections.push(
      `<section class="posting" id="${id}" aria-labelledby="${id}-h"><h2 id="${id}-h">${escapeHtml(path)}</h2>`,
      posting ? `<p class="muted">${escapeHtml(posting.title || 'untitled')} · ${escapeHtml(role)} (${escapeHtml(posting.roleSource)})${stage}</p>` : '',
      posting ? `${profileSvg(posting.profile, `${id}-chart`)}<p class="verdict">${escapeHtml(posting.profile.verdict)}</p>` : '',
      result.messages.length ? `<ol class="findings">${result.messages.map((m) => finding(m, lines)).join('')}</ol>` : '<p>No findings.</p>',
      '</section>',
    )
  })
  const scriptHash = createHash('sha256').update(SCRIPT).digest('base64')
  const csp = `default-src 'none'; style-src 'unsafe-inline'; script-src 'sha256-${scriptHash}'; base-uri 'none'; form-action 'none'`
  const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${csp}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="jdlint ${escapeHtml(context.version)}">
<title>jdlint report: ${plural(results.length, 'posting')}, ${plural(errors, 'error')}, ${plural(warnings, 'warning')}</title>
<style>${STYLE}</style>
</head>
<body>
<header><h1>jdlint report</h1><p class="muted">${plural(results.length, 'posting')} · ${plural(errors, 'error')} · ${plural(warnings, 'warning')} · jdlint ${escapeHtml(context.version)}</p></header>
<main>
<table id="summary">
<caption class="muted">Postings and what they read as; press a column heading to sort</caption>
<thead><tr><th scope="col" aria-sort="none"><button type="button">Posting</button></th><th scope="col" aria-sort="none"><button type="button">Title role</button></th><th scope="col" aria-sort="none"><button type="button">Reads as</button></th><th scope="col" class="n" aria-sort="none"><button type="button">Errors</button></th><th scope="col" class="n" aria-sort="none"><button type="button">Warnings</button></th></tr></thead>
<tbody>
${rows.join('\n')}
</tbody>
</table>
${sections.join('\n')}
</main>
<script>${SCRIPT}</script>
</body>
</html>
`
}

export default html
