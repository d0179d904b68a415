// Postings pasted from plain text. A list arrives as one paragraph whose lines are each a duty,
// with no full stops: joined by soft breaks, by hard breaks, or led by a bullet glyph that is no
// Markdown list marker. Each line is a unit of its own, so a finding points at the line that says
// it and two lines are never read as one duty that mixes both jobs. A heading arrives as a short
// line in capitals, and heads its section as a Markdown heading would.
import {describe, expect, it} from 'vitest'
import {builtInVocabulary} from '../src/duties/analyze.ts'
import {lintText} from '../src/index.ts'
import {lineParts} from '../src/read/lines.ts'
import {buildPosting} from '../src/read/posting.ts'
import {explainLine} from '../src/read/why.ts'

const DUTIES = ['Own the product roadmap and decide what we build next', 'Run sprint planning and groom the backlog every week', 'Write user stories with acceptance criteria for the team']

/** A Product Manager posting whose duties are the lines of one paragraph, each with `lead` before and `end` after it. */
function posting(lead: string, end: string): string {
  return `# Product Manager\n\nWhat you will do:${end}\n${DUTIES.map((d) => lead + d).join(`${end}\n`)}\n`
}

const found = (text: string) => lintText(text, {filePath: 'posting.md'}).messages.map((m) => `${m.ruleId}:${m.line}:${m.column}`)
const units = (text: string) => buildPosting(text, {vocabulary: builtInVocabulary()}).posting.units.map((u) => [u.line, u.text, u.section.kind])

describe('a paragraph written as a list of lines', () => {
  const forms: [string, string, string, number][] = [
    ['soft line breaks', '', '', 1],
    ['hard breaks of two spaces', '', '  ', 1],
    ['hard breaks of a backslash', '', '\\', 1],
    ['lines led by a bullet glyph', '• ', '', 3],
    ['lines led by a check mark', '✓ ', '', 3],
    ['lines led by an en dash', '– ', '', 3],
  ]
  for (const [name, lead, end, column] of forms) {
    it(`is read line by line when its lines are joined by ${name}`, () => {
      const text = posting(lead, end)
      const messages = found(text)
      // The two lines of PO work are flagged where they stand; no line joins both jobs.
      expect(messages.filter((m) => m.startsWith('no-execution-in-pm-role') || m.startsWith('no-mixed-duties'))).toEqual([`no-execution-in-pm-role:5:${column}`, `no-execution-in-pm-role:6:${column}`])
      // The line that ends in a colon is a unit of its own, and each duty one more.
      expect(units(text)).toEqual([[3, 'What you will do:', 'other'], ...DUTIES.map((d, i) => [4 + i, d, 'other'])])
    })
  }

  it('says what the role owns in a line led by a bullet glyph', () => {
    // "Own ..." opening a sentence says what the hire owns; a glyph before it changes nothing.
    const text = `# Product Manager\n\nWhat you will do:\n• Talk to customers every week\n• Own the pricing decisions for the team\n`
    expect(found(text).filter((m) => m.startsWith('require-accountability'))).toEqual([])
    expect(found(text.replace('• Own', '• Shape')).filter((m) => m.startsWith('require-accountability'))).toEqual(['require-accountability:1:1'])
  })

  it('reads a line led by a bullet glyph without the glyph', () => {
    const out = explainLine(posting('• ', ''), 5)
    expect(out).toContain('text: Run sprint planning and groom the backlog every week\n')
    expect(out).toMatch(/verb: Run\b/)
  })

  it('splits the items of one line that bullet glyphs separate', () => {
    const text = `# Product Manager\n\nWhat you will do: ${DUTIES.join(' • ')}\n`
    expect(units(text).map(([, t]) => t)).toEqual(['What you will do: Own the product roadmap and decide what we build next', DUTIES[1], DUTIES[2]])
    expect(found(text).filter((m) => /no-(?:execution-in-pm-role|mixed-duties)/.test(m))).toEqual(['no-execution-in-pm-role:3:75', 'no-execution-in-pm-role:3:130'])
  })
})

describe('prose wrapped at a fixed width', () => {
  // The second line opens with a proper noun after a word that could end an item; the third opens
  // in lower case, so the paragraph is prose and its sentence stays whole.
  const text = [
    '# Product Manager',
    '',
    'You will own the product roadmap with our finance team',
    'Marketing and Sales, and run sprint planning for the',
    'squad every week.',
    '',
  ].join('\n')

  it('is not cut before a capital letter mid-sentence', () => {
    expect(units(text)).toEqual([[3, 'You will own the product roadmap with our finance team\nMarketing and Sales, and run sprint planning for the\nsquad every week.', 'other']])
    expect(found(text)).toContain('no-mixed-duties:3:1')
  })
})

describe('a sentence wrapped over lines', () => {
  // Each is one sentence a writer wrapped: cut at the line end, the second half would lose its
  // verb or its subject, and a finding would move to a line that does not say it.
  const kept = (lines: string[]) => {
    const text = ['# Product Owner', '', '## Responsibilities', '', ...lines, ''].join('\n')
    expect(units(text).map(([line]) => line)).toEqual([5])
    expect(new Set(found(text).filter((m) => !m.includes(':1:1')).map((m) => m.split(':')[1]))).toEqual(new Set(['5']))
  }
  it('stays whole when two lines meet before a proper noun', () => {
    kept(['You will own the product vision and strategy and work daily with our Product', 'Designers and Engineers to run sprint planning.'])
  })
  it('stays whole when a line ends in an abbreviation', () => {
    kept(['Own the product vision and run sprint planning with payment providers (e.g.', 'Stripe, Adyen) and write user stories for the team.'])
  })
  it('stays whole when a line ends in a colon and the next goes on in lower case', () => {
    kept(['In this role you own the product strategy and, each sprint, you will own:', 'the sprint backlog and the user stories for the squad.'])
  })
})

describe('a line in capitals that is a duty, not a heading', () => {
  it('stays a duty, and the section it stands in stays', () => {
    const text = ['# Product Owner', '', '## Responsibilities', '', 'OWN THE PRODUCT ROADMAP AND STRATEGY', '', 'KPI OKR SQL', '', '- Define the product vision for checkout', ''].join('\n')
    const {sections} = buildPosting(text, {vocabulary: builtInVocabulary()}).posting
    expect(sections.map((s) => [s.kind, s.line])).toEqual([['other', 1], ['responsibilities', 3]])
    expect(found(text).filter((m) => m.startsWith('no-strategy-in-po-role')).map((m) => m.split(':')[1])).toEqual(['5', '9'])
  })
})

describe('two lines under a heading', () => {
  it('are two units, so neither is read as mixing both jobs', () => {
    const text = ['# Product Manager', '', '## What you will do', '', 'Own the product vision and strategy', 'Run sprint planning and groom the backlog', ''].join('\n')
    expect(units(text).map(([line]) => line)).toEqual([5, 6])
    expect(found(text).filter((m) => /no-(?:execution-in-pm-role|mixed-duties)/.test(m))).toEqual(['no-execution-in-pm-role:6:1'])
  })
})

describe('a section name with more words after it', () => {
  it('still heads its section, so benefits are no duties and the duties under the role are read', () => {
    const text = ['# Product Owner', '', 'YOUR ROLE AT ACME CORP', '', '- Define the product vision and strategy for checkout', '', 'BENEFITS & PERKS AT ACME', '', '- A yearly budget for product strategy courses', '', "You'll apply your skills to:", '', '- Own the product roadmap for payments', ''].join('\n')
    const {sections} = buildPosting(text, {vocabulary: builtInVocabulary()}).posting
    // "You'll apply your skills to:" is a sentence, not a how-to-apply heading.
    expect(sections.map((s) => [s.kind, s.line])).toEqual([['other', 1], ['responsibilities', 3], ['benefits', 7]])
    expect(found(text).filter((m) => m.startsWith('no-strategy-in-po-role')).map((m) => m.split(':')[1])).toEqual(['5'])
  })
})

describe('one sentence wrapped over two short lines', () => {
  it('stays one unit', () => {
    const text = ['# Product Owner', '', '## Responsibilities', '', 'You will support our Head of Product with Product', 'Discovery and customer research each quarter.', ''].join('\n')
    expect(units(text).map(([line]) => line)).toEqual([5])
  })
})

describe('a line that holds a section word but is no section name', () => {
  it('stays a duty in capitals, and a sentence ending in a colon does not open a how-to-apply section', () => {
    const lines = ['# Product Owner', '', '## Responsibilities', '', 'GATHER AND WRITE REQUIREMENTS FOR THE SQUAD', '', 'In this role you will apply your skills to:', '', '- Define the product vision and strategy for checkout', '']
    const text = lines.join('\n')
    const {sections} = buildPosting(text, {vocabulary: builtInVocabulary()}).posting
    expect(sections.map((s) => [s.kind, s.line])).toEqual([['other', 1], ['responsibilities', 3]])
    expect(found(text).filter((m) => m.startsWith('no-strategy-in-po-role')).map((m) => m.split(':')[1])).toEqual(['9'])
    // A section's name in capitals, or before a colon, still heads one.
    for (const name of ['HOW TO APPLY', 'How to apply:', 'Next steps:']) {
      const named = buildPosting(text.replace('In this role you will apply your skills to:', name), {vocabulary: builtInVocabulary()}).posting
      expect(named.sections.map((s) => s.kind), name).toEqual(['other', 'responsibilities', 'how-to-apply'])
    }
  })
})

describe('a first line that ends in a colon', () => {
  it('does not name the section of the lines under it', () => {
    // "apply" would read as a how-to-apply section, whose lines are never duties.
    const text = ['# Product Owner', '', "## What you'll do", '', 'In this role you will apply your skills to:', 'Own the product vision and strategy for checkout', 'Run sprint planning and write the user stories', 'Talk to customers every week', ''].join('\n')
    expect(units(text).map(([line, , kind]) => [line, kind])).toEqual([[5, 'responsibilities'], [6, 'responsibilities'], [7, 'responsibilities'], [8, 'responsibilities']])
    expect(found(text).filter((m) => m.startsWith('no-strategy-in-po-role')).map((m) => m.split(':')[1])).toEqual(['6', '8'])
  })
})

describe('a header block of "Key: value" lines', () => {
  // A guard: such blocks stood in postings before lines were read as units, and flagged nothing.
  it('flags nothing', () => {
    const text = '# Product Manager\n\nTeam: Product and roadmap  \nLocation: Berlin  \nReports to: Head of Product\n\nYou will own the product roadmap and partner with engineers on feasibility.\n'
    const messages = lintText(text, {filePath: 'posting.md'}).messages
    expect(messages.filter((m) => m.line >= 3 && m.line <= 5)).toEqual([])
    // None of its lines ends in a colon: none heads what follows.
    expect(buildPosting(text, {vocabulary: builtInVocabulary()}).posting.sections.map((s) => s.heading)).toEqual(['Product Manager'])
  })
})

describe('the parts of a paragraph', () => {
  it('are the lines of a list, and none for one line or for prose', () => {
    expect(lineParts('Own the roadmap\nRun the sprints\nTalk to customers')?.map((p) => p.text)).toEqual(['Own the roadmap', 'Run the sprints', 'Talk to customers'])
    // Two lines at a soft break may be one sentence wrapped at a width before a proper noun; when
    // the first line is short, or a heading that opened the paragraph heads them, they are a list.
    const wrapped = 'You will own the product roadmap and work every day with our Product\nDesigners and Engineers'
    expect(lineParts(wrapped)).toBeNull()
    expect(lineParts(wrapped, [], true)?.map((p) => p.text)).toEqual(wrapped.split('\n'))
    expect(lineParts('Own the roadmap\nRun the sprints')?.map((p) => p.text)).toEqual(['Own the roadmap', 'Run the sprints'])
    // Three lines, one hard break and one soft: the soft one is decided as the paragraph's lines are.
    expect(lineParts('Own the roadmap\nRun the sprints\nTalk to customers', [15])?.map((p) => p.text)).toEqual(['Own the roadmap', 'Run the sprints', 'Talk to customers'])
    // A line that ends in an abbreviation leaves its sentence open.
    expect(lineParts('Work with providers (e.g.\nStripe, Adyen) on checkout\nRun the sprints')).toBeNull()
    expect(lineParts('Own the roadmap and run the sprints')).toBeNull()
    expect(lineParts('We work closely with\nBerlin teams and\nour partners')).toBeNull()
    // A line that leaves its sentence open carries on into the next.
    for (const end of [',', ' and', ' with', ' the', ' -', ' &', ' (']) expect(lineParts(`Own the roadmap${end}\nDesign and Research`)).toBeNull()
  })

  it('take a hard break before a capital on its own, and a soft one only when every break ends an item', () => {
    const text = 'Own the roadmap\nRun the sprints\nand the reviews'
    expect(lineParts(text)).toBeNull()
    expect(lineParts(text, [15])?.map((p) => p.text)).toEqual(['Own the roadmap', 'Run the sprints\nand the reviews'])
  })

  it('leave the bullet glyph and the blanks around each part out, and say where each starts and where its break is', () => {
    expect(lineParts('• Own the roadmap \n•  Run the sprints')).toEqual([
      {text: 'Own the roadmap', offset: 2, end: 18},
      {text: 'Run the sprints', offset: 22, end: 37},
    ])
    expect(lineParts('Own the roadmap • Run the sprints')).toEqual([
      {text: 'Own the roadmap', offset: 0, end: 15},
      {text: 'Run the sprints', offset: 18, end: 33},
    ])
  })
})

describe('a short line in capitals', () => {
  const text = [
    '# Product Manager',
    '',
    'You are accountable for the checkout roadmap and partner with engineers on feasibility.',
    '',
    "WHAT YOU'LL DO",
    '',
    '- Interview merchants to learn where checkout breaks',
    '- Set the checkout strategy with the head of engineering',
    '',
    'PERKS AND BENEFITS',
    '',
    '- Join sprint planning lunches and backlog grooming socials with the squad',
    '- Thirty days of leave',
    '',
    'SQL',
    '',
    'WE ARE HIRING NOW, APPLY TODAY!',
    '',
    'Success in this role means checkout conversion rises every quarter.',
    '',
  ].join('\n')

  it('heads a section, so a perk that names team rituals is no duty', () => {
    const {sections} = buildPosting(text, {vocabulary: builtInVocabulary()}).posting
    expect(sections.map((s) => [s.kind, s.heading, s.line])).toEqual([
      ['other', 'Product Manager', 1],
      ['responsibilities', "WHAT YOU'LL DO", 5],
      ['benefits', 'PERKS AND BENEFITS', 10],
    ])
    expect(found(text)).toEqual([])
  })

  it('heads the lines under it when it opens their paragraph', () => {
    const joined = text.replace("WHAT YOU'LL DO\n\n- ", "WHAT YOU'LL DO\n").replace('\n- Set', '\nSet').replace('PERKS AND BENEFITS\n\n- Join', 'PERKS AND BENEFITS\nJoin').replace('\n- Thirty', '\nThirty')
    expect(joined).toContain("WHAT YOU'LL DO\nInterview merchants to learn where checkout breaks\nSet")
    const {sections, units: read} = buildPosting(joined, {vocabulary: builtInVocabulary()}).posting
    expect(sections.map((s) => [s.kind, s.line])).toEqual([['other', 1], ['responsibilities', 5], ['benefits', 9]])
    expect(read.map((u) => [u.line, u.column, u.endLine, u.section.kind])).toEqual([[3, 1, 3, 'other'], [6, 1, 6, 'responsibilities'], [7, 1, 7, 'responsibilities']])
    expect(found(joined)).toEqual([])
  })

  it('heads a pay section, so a range under it is read as the salary', () => {
    const pay = `${text}\nCOMPENSATION\n\n$40,000 - $50,000\n`
    const line = pay.split('\n').indexOf('$40,000 - $50,000') + 1
    expect(found(pay).filter((m) => m.startsWith('salary-band'))).toEqual([`salary-band:${line}:1`])
  })
})
