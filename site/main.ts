// The playground: CodeMirror for the posting, jdlint's engine on every edit, the findings, the
// role profile and the settings beside it. Everything runs in the page; nothing is fetched.
import {defaultKeymap, history as undoHistory, historyKeymap} from '@codemirror/commands'
import {lintGutter, lintKeymap, setDiagnostics, type Diagnostic} from '@codemirror/lint'
import {EditorSelection, EditorState} from '@codemirror/state'
import {drawSelection, EditorView, highlightActiveLine, keymap, lineNumbers, placeholder} from '@codemirror/view'
import {lintText, rules} from '../src/engine/lint-text.ts'
import type {LintMessage, LintResult, SeverityName, Stage} from '../src/model.ts'
import {escapeHtml, PROFILE_CSS, profileSvg, ROLE_NAMES} from '../src/report/markup.ts'
import {docsUrl} from '../src/rule.ts'
import cleanPm from './samples/clean-pm.md'
import cleanPo from './samples/clean-po.md'
import mixed from './samples/mixed.md'
import {configFor, makeHash, parseHash, withStage} from './state.ts'

const SAMPLES: Record<string, string> = {mixed, 'clean-pm': cleanPm, 'clean-po': cleanPo}
const NUMBERS: Record<SeverityName, 0 | 1 | 2> = {off: 0, warn: 1, error: 2}
const DEFAULTS: Record<string, SeverityName> = Object.fromEntries(rules.map((rule) => [rule.id, rule.severity]))
const STAGE_NAMES: Record<Stage, string> = {'seed-a': 'Seed to Series A', 'b-c': 'Series B to C', 'd-public': 'Series D or public', unknown: 'not stated'}

const $ = <T extends HTMLElement>(id: string) => document.getElementById(id) as T

/** Rule severities as the user set them (defaults where untouched). */
const severities: Record<string, SeverityName> = {...DEFAULTS}

function changedSeverities(): Record<string, SeverityName> {
  return Object.fromEntries(Object.entries(severities).filter(([id, severity]) => DEFAULTS[id] !== severity))
}

function lint(text: string): LintResult {
  const settings = Object.fromEntries(Object.entries(severities).map(([id, severity]) => [id, {severity: NUMBERS[severity]}]))
  return lintText(text, {filePath: 'posting.md', rules: settings})
}

/** A finding's range as editor offsets, kept inside the document. */
function offsets(state: EditorState, m: LintMessage): {from: number; to: number} {
  const at = (line: number, column: number) => {
    const l = state.doc.line(Math.min(Math.max(line, 1), state.doc.lines))
    return Math.min(l.from + Math.max(column - 1, 0), l.to)
  }
  const from = at(m.line, m.column)
  return {from, to: Math.max(from, at(m.endLine, m.endColumn))}
}

function renderFindings(result: LintResult): void {
  const list = $('findings')
  list.replaceChildren(
    ...result.messages.map((m) => {
      const item = document.createElement('li')
      const severity = m.severity === 2 ? 'error' : 'warning'
      item.className = severity
      item.dataset.rule = m.ruleId ?? ''
      item.dataset.line = String(m.line)
      const rule = m.ruleId ? `<a class="rule" href="${escapeHtml(m.docs ?? docsUrl(m.ruleId))}" target="_blank" rel="noopener noreferrer">${escapeHtml(m.ruleId)}</a>` : ''
      item.innerHTML = `<button type="button" class="line" aria-label="Go to line ${m.line}">Line ${m.line}</button> <span class="sev">${severity}</span> ${rule}<div class="message">${escapeHtml(m.message)}</div>`
      item.querySelector('button')?.addEventListener('click', () => goTo(m))
      return item
    }),
  )
  const {errorCount: errors, warningCount: warnings} = result
  $('counts').textContent = errors + warnings ? `${errors} error${errors === 1 ? '' : 's'}, ${warnings} warning${warnings === 1 ? '' : 's'}` : 'No findings: this posting reads as one job.'
}

function renderPosting(result: LintResult): void {
  const posting = result.posting
  if (!posting) return
  $('verdict').textContent = `This posting ${posting.profile.verdict}.`
  const stage = posting.stage === 'unknown' ? 'stage not stated' : `stage ${STAGE_NAMES[posting.stage]} (from the ${posting.stageSource === 'front-matter' ? 'front matter' : 'text'})`
  $('reading').textContent = `Title: ${posting.title || 'none'} · role ${ROLE_NAMES[posting.role]} · ${stage}`
  $('profile').innerHTML = profileSvg(posting.profile, 'profile-chart')
  const select = $<HTMLSelectElement>('stage')
  if (document.activeElement !== select) select.value = posting.stageSource === 'front-matter' && posting.stage !== 'unknown' ? posting.stage : ''
}

function renderConfig(): void {
  $('config').textContent = configFor(severities, DEFAULTS)
}

let view: EditorView
/** The address holds a link whose posting could not be read: it stays, for the user to fix or ask again, until they edit. */
let keepLink = false
/** True while a link's posting is put in the editor (not an edit of the user's). */
let loadingLink = false

function goTo(m: LintMessage): void {
  const {from, to} = offsets(view.state, m)
  view.dispatch({selection: EditorSelection.range(from, to), scrollIntoView: true})
  view.focus()
}

function update(): void {
  const text = view.state.doc.toString()
  const result = lint(text)
  const diagnostics: Diagnostic[] = result.messages.map((m) => ({...offsets(view.state, m), severity: m.severity === 2 ? 'error' : 'warning', source: m.ruleId ?? 'jdlint', message: m.message}))
  view.dispatch(setDiagnostics(view.state, diagnostics))
  renderFindings(result)
  renderPosting(result)
  renderConfig()
  if (!keepLink) history.replaceState(null, '', makeHash(text, changedSeverities()))
}

/** The user changed the posting or a rule: the address follows what they see again. */
function edited(): void {
  if (!keepLink) return
  keepLink = false
  $('link-status').textContent = ''
}

let timer: ReturnType<typeof setTimeout> | undefined
function schedule(): void {
  clearTimeout(timer)
  timer = setTimeout(update, 120)
}

function setText(text: string): void {
  view.dispatch({changes: {from: 0, to: view.state.doc.length, insert: text}, selection: {anchor: 0}})
}

async function loadFile(file: File | undefined): Promise<void> {
  if (file) setText(await file.text())
}

function renderRules(): void {
  $('rules').replaceChildren(
    ...rules.map((rule) => {
      const row = document.createElement('tr')
      const id = `severity-${rule.id}`
      const options = (['off', 'warn', 'error'] as const).map((s) => `<option value="${s}"${severities[rule.id] === s ? ' selected' : ''}>${s}${DEFAULTS[rule.id] === s ? ' (default)' : ''}</option>`).join('')
      row.innerHTML = `<th scope="row"><a href="${escapeHtml(docsUrl(rule.id))}" target="_blank" rel="noopener noreferrer">${rule.id}</a></th><td>${escapeHtml(rule.description)}</td><td><label class="visually-hidden" for="${id}">Severity of ${rule.id}</label><select id="${id}" data-rule="${rule.id}">${options}</select></td>`
      row.querySelector('select')?.addEventListener('change', (event) => {
        severities[rule.id] = (event.target as HTMLSelectElement).value as SeverityName
        edited()
        update()
      })
      return row
    }),
  )
}

function loadHash(): void {
  const link = parseHash(location.hash)
  Object.assign(severities, DEFAULTS, link.severities)
  renderRules()
  // Said apart from the counts, which every update rewrites; the address keeps the link meanwhile.
  keepLink = link.broken
  $('link-status').textContent = link.broken ? 'The link’s posting could not be read (it is not base64url of UTF-8 text): showing a sample instead. The address keeps the link until you edit.' : ''
  loadingLink = true
  try {
    setText(link.text ?? SAMPLES.mixed ?? '')
  } finally {
    loadingLink = false
  }
}

function start(): void {
  document.head.append(Object.assign(document.createElement('style'), {textContent: PROFILE_CSS}))
  view = new EditorView({
    parent: $('editor'),
    state: EditorState.create({
      extensions: [
        lineNumbers(),
        undoHistory(),
        drawSelection(),
        highlightActiveLine(),
        EditorView.lineWrapping,
        keymap.of([...defaultKeymap, ...historyKeymap, ...lintKeymap]),
        lintGutter(),
        placeholder('Paste a job posting here'),
        EditorView.contentAttributes.of({'aria-label': 'Job posting, Markdown', 'aria-describedby': 'counts', tabindex: '0'}),
        EditorView.updateListener.of((u) => {
          if (!u.docChanged) return
          if (!loadingLink) edited()
          schedule()
        }),
        EditorView.domEventHandlers({
          dragover: (event) => event.preventDefault(),
          drop: (event) => {
            const file = event.dataTransfer?.files[0]
            if (!file) return false
            event.preventDefault()
            void loadFile(file)
            return true
          },
        }),
      ],
    }),
  })
  for (const button of document.querySelectorAll<HTMLButtonElement>('[data-sample]')) button.addEventListener('click', () => setText(SAMPLES[button.dataset.sample ?? ''] ?? ''))
  $<HTMLInputElement>('file').addEventListener('change', (event) => void loadFile((event.target as HTMLInputElement).files?.[0]))
  $<HTMLSelectElement>('stage').addEventListener('change', (event) => {
    const stage = (event.target as HTMLSelectElement).value as Exclude<Stage, 'unknown'> | ''
    setText(withStage(view.state.doc.toString(), stage || null))
  })
  $('copy').addEventListener('click', async () => {
    const text = $('config').textContent ?? ''
    try {
      await navigator.clipboard.writeText(text)
      $('copy-status').textContent = 'Copied.'
    } catch {
      // No clipboard (a page opened from disk in some browsers): select the text to copy by hand.
      getSelection()?.selectAllChildren($('config'))
      $('copy-status').textContent = 'Selected: press Ctrl+C to copy.'
    }
  })
  addEventListener('hashchange', () => {
    if (location.hash !== makeHash(view.state.doc.toString(), changedSeverities())) loadHash()
  })
  loadHash()
  update()
}

start()
