import {findPhrase, matchPhrase, present, type Phrase} from '../src/duties/phrases.ts'
import {defineRule} from '../src/rule.ts'
import {isProductPosting} from './helpers.ts'

// "Be the voice of the customer" and its variants.
const VOICE: Phrase[] = [
  {pattern: /\bvoice\s+of\s+(?:the\s+|our\s+)?(?:customers?|users?|clients?|buyers?|merchants?|patients?|market)\b/i, note: 'the phrase that is only worth something with validation behind it'},
  {pattern: /\b(?:customers?|users?|clients?)['’]?s?['’]?\s+voice\b/i, note: '"the customer\'s voice", the same claim turned round'},
  {pattern: /\bvoice\s+for\s+(?:the\s+|our\s+)?(?:customers?|users?|clients?)\b/i, note: '"a voice for our users"'},
  {pattern: /\bVoC\b/, note: 'VoC, the abbreviation'},
]

// Duties that test what customers say against evidence.
const VALIDATION: Phrase[] = [
  {pattern: /\bvalidat(?:e|es|ed|ing|ion)\b/i, note: 'validating what customers say'},
  {pattern: /\bresearch(?:es|ed|ing)?\b|\bdiscovery\b/i, note: 'user and market research, discovery'},
  {pattern: /\binterview(?:s|ed|ing)?\b(?!\s+(?:process|stage|loop|round))/i, note: 'customer interviews (not the hiring interview)'},
  {pattern: /\bexperiment(?:s|ed|ing|ation)?\b|\bA\/B\b/i, note: 'experiments measure what customers do, not what they say'},
  {pattern: /\b(?:usability|user|concept|prototype)\s+test(?:s|ing)?\b|\btest(?:s|ed|ing)?\s+(?:\w+\s+){0,3}with\s+(?:real\s+)?(?:users|customers)\b/i, note: 'testing ideas with users'},
  {pattern: /\bsurveys?\b|\b(?:talk|speak|meet)(?:s|ing)?\s+(?:\w+\s+){0,2}(?:to|with)\s+(?:our\s+|real\s+)?(?:customers|users)\b/i, note: 'first-hand evidence from customers'},
  {pattern: /\b(?:evidence|data)[\s-](?:based|driven|informed)\b|\bproduct\s+analytics\b|\busage\s+data\b/i, note: 'decisions checked against data'},
]

export default defineRule({
  id: 'no-unvalidated-customer-voice',
  description: 'The posting asks the hire to be "the voice of the customer" but never to research or validate',
  severity: 'warn',
  rationale:
    'Relaying what the loudest customers ask for is not research. Being "the voice of the customer" is only worth something when what customers say is tested, with interviews, experiments and data, and the acute problems are told apart from the rest before any of it shapes the roadmap. See docs/roles.md#listening-is-not-research.',
  fix: 'Say how customer needs are validated (customer interviews, usability tests, experiments, product analytics), or drop the "voice of the customer" line',
  messages: {
    unvalidated: 'Posting asks for {words} (line {line}) with no research or validation duty anywhere; say how customer needs are validated (interviews, experiments, data)',
  },
  options: {},
  examples: {
    invalid: ['# Product Manager\n\n## Responsibilities\n\n- Be the voice of the customer in every planning meeting\n- Own the roadmap with the engineering lead\n'],
    valid: ['# Product Manager\n\n## Responsibilities\n\n- Be the voice of the customer, backed by weekly customer interviews\n- Own the roadmap with the engineering lead\n'],
  },
  check(posting, context) {
    if (!isProductPosting(posting)) return
    // One array of the duties' words for both looks: its texts are joined once (see joinedWithNul).
    const texts = Object.freeze(posting.units.map((u) => u.text))
    const voices = present(texts, VOICE)
    const voice = voices.length ? posting.units.map((unit) => ({unit, match: matchPhrase(unit.text, voices)})).find((v) => v.match) : undefined
    if (!voice?.match) return
    const researched = posting.units.some((u) => [...u.matches, ...u.delegated].some((m) => m.family === 'pm.research' || m.entry === 'metrics-experiments'))
    if (researched || findPhrase(texts, VALIDATION)) return
    const {unit, match} = voice
    context.report({
      messageId: 'unvalidated',
      range: posting.titleRange,
      data: {words: `"${match.words}"`, line: unit.line},
      relatedLocations: [{line: unit.line, column: unit.column, endLine: unit.endLine, endColumn: unit.endColumn, message: `"${match.words}"`}],
    })
  },
})
