import {Chalk} from 'chalk'
import {rules} from '../engine/lint-text.ts'
import {nearestNames} from '../suggest.ts'
import {docsUrl, type RuleDefinition, type RuleOptions} from '../rule.ts'

type Rule = RuleDefinition<RuleOptions>

const WIDTH = 96

function wrap(text: string, indent: string): string {
  const lines: string[] = []
  let line = ''
  for (const word of text.split(/\s+/).filter(Boolean)) {
    if (line && indent.length + line.length + 1 + word.length > WIDTH) {
      lines.push(indent + line)
      line = word
    } else line = line ? `${line} ${word}` : word
  }
  if (line) lines.push(indent + line)
  return lines.join('\n')
}

function sentence(text: string): string {
  return /[.!?]$/.test(text) ? text : `${text}.`
}

// A message template as a reader sees it: `{words}` becomes `<words>`.
function template(message: string): string {
  return message.replace(/\{(\w+)\}/g, '<$1>')
}

// Option defaults as JSON, with number pairs kept on one line.
function optionsJson(options: RuleOptions): string {
  return JSON.stringify(options, null, 2).replace(/\[\s+([\d.]+),\s+([\d.]+)\s+\]/g, '[$1, $2]')
}

function hasOptions(rule: Rule): boolean {
  return Object.keys(rule.options).length > 0
}

/**
 * The catalogue for `jdlint rules`: one line per rule (id, default severity, description), or
 * with `json` an array of `{id, severity, description, docs}`.
 */
export function listRules(format: 'stylish' | 'json', color: boolean): string {
  if (format === 'json') return `${JSON.stringify(rules.map((r) => ({id: r.id, severity: r.severity, description: r.description, docs: docsUrl(r.id)})), null, 2)}\n`
  const c = new Chalk({level: color ? 1 : 0})
  const width = Math.max(...rules.map((r) => r.id.length))
  const lines = rules.map((r) => `${c.bold(r.id.padEnd(width))}  ${(r.severity === 'error' ? c.red : c.yellow)(r.severity.padEnd(5))}  ${r.description}`)
  const errors = rules.filter((r) => r.severity === 'error').length
  return `${lines.join('\n')}\n\n${c.dim(`${rules.length} rules (${errors} errors, ${rules.length - errors} warnings by default); jdlint explain <rule-id> tells more`)}\n`
}

/**
 * The text of `jdlint explain <id>`: what the rule checks, why (citing docs/roles.md), what
 * triggers it, what to do instead, its options, and a bad and a good example. An unknown id
 * gives a message naming up to three nearest ids.
 */
export function explainRule(id: string, color: boolean): {ok: true; text: string} | {ok: false; message: string} {
  const rule = rules.find((r) => r.id === id)
  if (!rule) {
    const near = nearestNames(id, rules.map((r) => r.id))
    const hint = near.length ? `did you mean ${near.map((n) => `"${n}"`).join(', ')}?` : 'run "jdlint rules" for the list'
    return {ok: false, message: `Unknown rule "${id}"; ${hint}`}
  }
  const c = new Chalk({level: color ? 1 : 0})
  const heading = (text: string) => c.bold(text)
  const example = (text: string) => c.dim(text.trimEnd().replace(/^(?=.)/gm, '    '))
  const parts = [
    `${c.bold(rule.id)}  ${(rule.severity === 'error' ? c.red : c.yellow)(rule.severity)} by default`,
    `${heading('What it checks')}\n${wrap(sentence(rule.description), '  ')}`,
    `${heading('Why')}\n${wrap(rule.rationale, '  ')}`,
    `${heading('What triggers it')}\n${Object.values(rule.messages).map((m) => wrap(`- ${template(m)}`, '  ').replace(/\n {2}/g, '\n    ')).join('\n')}`,
    `${heading('What to do instead')}\n${wrap(sentence(rule.fix), '  ')}`,
    ...(hasOptions(rule) ? [`${heading('Options (defaults)')}\n${optionsJson(rule.options).replace(/^(?=.)/gm, '  ')}`] : []),
    ...rule.examples.invalid.map((text) => `${heading(c.red('Bad'))}\n${example(text)}`),
    ...rule.examples.valid.map((text) => `${heading(c.green('Good'))}\n${example(text)}`),
    `${heading('Docs')}\n  ${docsUrl(rule.id)}`,
  ]
  return {ok: true, text: `${parts.join('\n\n')}\n`}
}

function cell(text: string): string {
  return text.replace(/\|/g, '\\|')
}

/** The README's rule table: id linked to its section, default severity, description. */
export function ruleTable(): string {
  const rows = rules.map((r) => `| [\`${r.id}\`](#${r.id}) | ${r.severity} | ${cell(r.description)} |`)
  return ['| Rule | Default | Description |', '| --- | --- | --- |', ...rows].join('\n')
}

function fenced(text: string, lang: string): string {
  return `\`\`\`${lang}\n${text.trimEnd()}\n\`\`\``
}

/** The README's per-rule sections: `### id`, what it checks, why, what to do, examples. */
export function ruleDocs(): string {
  return rules
    .map((r) =>
      [
        `### ${r.id}`,
        `${sentence(r.description)} Default: \`${r.severity}\`.`,
        `**Why.** ${r.rationale.replace(/docs\/roles\.md#[a-z0-9-]+/g, (ref) => `[${ref}](${ref})`)}`,
        `**What triggers it.**\n\n${Object.values(r.messages).map((m) => `- ${template(m)}`).join('\n')}`,
        `**What to do instead.** ${sentence(r.fix)}`,
        ...(hasOptions(r) ? [`**Options** (defaults):\n\n${fenced(optionsJson(r.options), 'json')}`] : []),
        ...r.examples.invalid.map((text) => `**Bad:**\n\n${fenced(text, 'markdown')}`),
        ...r.examples.valid.map((text) => `**Good:**\n\n${fenced(text, 'markdown')}`),
      ].join('\n\n'),
    )
    .join('\n\n')
}

const BLOCKS: [name: string, content: () => string][] = [
  ['rules', ruleTable],
  ['rule-docs', ruleDocs],
]

/**
 * The README with its generated blocks (between `<!-- rules:start -->` and `<!-- rules:end -->`,
 * and `<!-- rule-docs:start -->` and `<!-- rule-docs:end -->`) rebuilt from the rules' metadata.
 * Throws when a pair of markers is missing.
 */
export function fillReadme(readme: string): string {
  let out = readme
  for (const [name, content] of BLOCKS) {
    const start = `<!-- ${name}:start -->`
    const end = `<!-- ${name}:end -->`
    const from = out.indexOf(start)
    const to = out.indexOf(end, from)
    if (from < 0 || to < 0) throw new Error(`README.md has no ${start} ... ${end} block; add the markers, then run: node scripts/gen-readme.mjs`)
    out = `${out.slice(0, from + start.length)}\n${content()}\n${out.slice(to)}`
  }
  return out
}
