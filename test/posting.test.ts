// The Posting model and the duty vocabulary, through the library API a user calls.
import {describe, expect, it} from 'vitest'
import {lintText} from '../src/index.ts'
import {builtInVocabulary} from '../src/duties/analyze.ts'
import {LATIN_TEXT, tokenize} from '../src/duties/matcher.ts'
import {buildPosting} from '../src/read/posting.ts'

const build = (text: string) => buildPosting(text, {vocabulary: builtInVocabulary()}).posting
const at = (text: string, ruleId: string) =>
  lintText(text, {rules: {}})
    .messages.filter((m) => m.ruleId === ruleId)
    .map((m) => `${m.line}:${m.column}`)

describe('positions', () => {
  it('points a finding at its own sentence inside a paragraph', () => {
    const text = '# Product Manager\n\nInterview customers every week. You will also own the roadmap and run the sprints.\n'
    expect(at(text, 'no-mixed-duties')).toEqual([`3:${text.split('\n')[2]!.indexOf('You') + 1}`])
  })

  it('gives CRLF, lone CR and LF the same lines and columns', () => {
    const lf = '# Product Manager\n\n## Duties\n\n- Own the roadmap and run sprint planning\n- Interview customers\n'
    const findings = (t: string) => lintText(t).messages.map((m) => [m.ruleId, m.line, m.column, m.endLine, m.endColumn])
    expect(findings(lf.replace(/\n/g, '\r\n'))).toEqual(findings(lf))
    expect(findings(lf.replace(/\n/g, '\r'))).toEqual(findings(lf))
    expect(findings(lf).length).toBeGreaterThan(0)
  })

  it('counts columns in UTF-16 code units after tabs and wide characters', () => {
    const text = '# Product Manager\n\n- 🚀\tOwn the roadmap and run sprint planning\n'
    const [m] = lintText(text).messages.filter((x) => x.ruleId === 'no-mixed-duties')
    const line = text.split('\n')[2]!
    expect(line.slice(m!.column - 1, m!.endColumn - 1)).toBe(line.slice(2))
  })

  it('drops a byte order mark without shifting columns', () => {
    const text = '# Product Manager\n\n- Own the roadmap and run sprint planning\n'
    const plain = lintText(text).messages.map((m) => `${m.ruleId}@${m.line}:${m.column}`)
    expect(lintText(`\uFEFF${text}`).messages.map((m) => `${m.ruleId}@${m.line}:${m.column}`)).toEqual(plain)
  })
})

describe('title, role and sections', () => {
  it('lets front matter override the heading', () => {
    const posting = build('---\nrole: po\ntitle: Checkout PO\n---\n\n# Product Manager\n')
    expect([posting.title, posting.role, posting.roleSource]).toEqual(['Checkout PO', 'po', 'front-matter'])
  })

  it('reads a setext heading and a linked title', () => {
    expect(build('Scrum Master\n============\n').role).toBe('other')
    expect(build('# [Senior Product Manager](https://example.com/apply)\n').title).toBe('Senior Product Manager')
  })

  it('reads a combined title, and a PO title that hires a Product Manager, as combined', () => {
    expect(build('# Product Manager / Product Owner\n').role).toBe('combined')
    expect(build('# Product Owner\n\nWe are looking for a Product Manager who will shape our app.\n').role).toBe('combined')
  })

  it('finds the role under a careers-page heading', () => {
    const posting = build('# Careers at Example\n\n## Senior Product Owner, Payments\n')
    expect([posting.role, posting.title]).toEqual(['po', 'Senior Product Owner, Payments'])
  })

  it('looks for a role in the first six headings only, and else takes a "Job title:" line or the first heading', () => {
    const others = ['Careers at Example', 'Who we are', 'Our values', 'Benefits', 'Offices', 'Teams']
    const seventh = build(`${others.map((h) => `## ${h}\n\n`).join('')}## Product Owner, Payments\n`)
    expect([seventh.title, seventh.role, seventh.roleSource]).toEqual(['Careers at Example', 'other', 'title'])
    const sixth = build(`${others.slice(0, 5).map((h) => `## ${h}\n\n`).join('')}## Product Owner, Payments\n`)
    expect([sixth.title, sixth.role, sixth.roleSource]).toEqual(['Product Owner, Payments', 'po', 'title'])
    const designated = build('# Careers at Example\n\nJob title: Product Owner\n')
    expect([designated.title, designated.role, designated.roleSource]).toEqual(['Product Owner', 'po', 'title'])
    // A config's title pattern names the role of a heading the built-in patterns do not know.
    const ownTitles = buildPosting('# Careers at Example\n\n## Backlog Steward\n', {vocabulary: builtInVocabulary(), titles: {po: [/backlog steward/i]}}).posting
    expect([ownTitles.title, ownTitles.role, ownTitles.roleSource]).toEqual(['Backlog Steward', 'po', 'title'])
    // Front matter's title comes first, whatever the headings name.
    const fm = build('---\ntitle: Careers at Example\n---\n\n# Product Owner\n')
    expect([fm.title, fm.role]).toEqual(['Careers at Example', 'other'])
  })

  it('reads a list item\'s paragraphs as one text, and its nested items each on their own', () => {
    const posting = build('# Product Owner\n\n## Duties\n\n- Own the backlog\n\n  and write the stories\n  - Run sprint planning\n- \n- Refine the backlog\n')
    expect(posting.plain).toEqual(['Product Owner', 'Duties', 'Own the backlog and write the stories', 'Run sprint planning', 'Refine the backlog'])
  })

  it('takes no duties from benefits, and only the hire\'s from about sections', () => {
    const posting = build('# Product Manager\n\n## Benefits\n\n- We run sprint planning lunches\n\n## About us\n\n- Our team owns the roadmap\n- You will own the roadmap\n')
    expect(posting.units.map((u) => u.text)).toEqual(['You will own the roadmap'])
  })
})

describe('a posting without a title', () => {
  const roleOf = (text: string) => {
    const posting = build(text)
    return `${posting.role} (${posting.roleSource})`
  }

  it('reads the role the opening sentence is about', () => {
    expect(roleOf('Product Owners on the ledger team answer for the value of what the team ships.\n')).toBe('po (body)')
    expect(roleOf('As our Product Manager you will decide which problems the ledger team solves.\n')).toBe('pm (body)')
    expect(roleOf('## Role summary\n\nThe Product Owner (PO) owns the ledger backlog.\n')).toBe('po (body)')
    expect(roleOf('## Role summary\n\nThe Scrum Master coaches the Product Owner and the team.\n')).toBe('other (body)')
  })

  it('does not take a role the hire works beside, or is not, for the role on offer', () => {
    expect(roleOf('Reporting to the Head of Product, the Product Owner keeps the ledger backlog in order.\n')).toBe('po (body)')
    expect(roleOf('Working alongside our Product Owner, the Scrum Master keeps the team\'s practice healthy.\n')).toBe('other (body)')
    expect(roleOf('You will not be a Product Owner: as our Product Manager you decide what we build.\n')).toBe('pm (body)')
    expect(roleOf('Our Product Managers rely on your designs every week. As a Product Designer you shape the ledger app.\n')).toBe('other (body)')
    expect(roleOf('Our Product Manager decides what we build. As our new Product Owner, you see it built.\n')).toBe('po (body)')
    expect(roleOf('The Product Management team at Ledgerly is hiring an experienced, hands-on Product Owner.\n')).toBe('po (body)')
    expect(roleOf('With five years in product management, the Scrum Master we need coaches three squads.\n')).toBe('other (body)')
  })

  it('falls back to the product role named most often, and to none when no role is named', () => {
    const text = 'Ledgerly keeps books for farms. We ship weekly. Farmers love us.\n\n- You will work with the Product Owner.\n- As a Product Manager you set the strategy.\n- The Product Manager runs discovery.\n'
    expect(roleOf(text)).toBe('pm (body)')
    expect(roleOf('Ledgerly keeps books for farms. We ship weekly.\n')).toBe('other (none)')
  })

  it('names the role read from the text, not a heading such as "Role summary", in posting-level findings', () => {
    const text = '## Role summary\n\nThe Product Owner answers for the rewards app.\n\n- Set the product vision\n- Own the roadmap\n- Interview shoppers to find acute problems\n'
    const [finding] = lintText(text).messages.filter((m) => m.ruleId === 'title-matches-duties')
    expect(finding?.message).toMatch(/^Posting titled as a Product Owner \(named in its text, no title\) asks for Product Manager strategy work/)
  })

  it('reads no role from benefits or how to apply', () => {
    const text = 'Ledgerly keeps books for farms. We ship weekly.\n\n- You will work with the Product Owner.\n- The Product Owner runs the sprints.\n\n## Benefits\n\n- As a Product Manager you get lunch.\n- The Product Manager mentors you.\n- The Product Manager runs discovery.\n\n## How to apply\n\n- As a Product Manager you write to us.\n- The Product Manager replies.\n- The Product Manager calls.\n'
    expect(roleOf(text)).toBe('po (body)')
  })

  it('keeps the title first when a heading names a role', () => {
    expect(roleOf('# Product Manager\n\nThe Product Owner runs the sprints; you decide what we build.\n')).toBe('pm (title)')
  })
})

describe('a declared combined role', () => {
  const declares = (sentence: string) => build(`# Product Manager\n\n${sentence}\n`).declaresCombined

  it('is read from a combined title', () => {
    for (const title of ['Product Manager / Product Owner', 'PM/PO', 'Product Manager & Owner', 'Product Owner or Product Manager', 'Product Manager - Product Owner', 'PM and PO']) {
      expect(build(`# ${title}, Ledger\n`).role, title).toBe('combined')
    }
  })

  // Declarations, and the denials, other roles, skills and partners that are not.
  it.each([
    ['This is a hybrid PM/PO role.', true],
    ["You'll own both the big-picture strategy and the day-to-day delivery.", true],
    ['One role covering product management and product ownership.', true],
    ['The position combines product management with product ownership.', true],
    ['You will support the squad, providing them with both the product vision and day-to-day delivery.', true],
    ['As our Product Manager, you will own both strategy and execution.', true],
    ["We're hiring a Product Manager / Product Owner for the ledger team.", true],
    ['As our PM/PO you will decide what we build and see it built.', true],
    ['You will work with a PM/PO pair on every team.', false],
    ['This is not a hybrid PM/PO role.', false],
    ["You won't own both the strategy and the delivery: our Product Owner runs delivery.", false],
    ['You will work with our Product Owner, who owns both the strategy and the delivery.', false],
    ['Our Head of Product owns both the strategy and the delivery.', false],
    ['You have experience in both strategy and delivery.', false],
    ['You will partner with both the strategy and delivery teams.', false],
    ['We care about both strategy and execution.', false],
    ['Unlike a hybrid PM/PO role, this one is pure strategy.', false],
    ['You define both the vision and the strategy.', false],
  ])('reads "%s" as a declaration: %s', (sentence, expected) => {
    expect(declares(sentence)).toBe(expected)
  })
})

describe('duty families', () => {
  const families = (line: string, title = 'Product Manager') => build(`# ${title}\n\n- ${line}\n`).units[0]!.families

  it('matches word forms on stems', () => {
    expect(families('Owns the roadmap')).toContain('pm.roadmap')
    expect(families('Owning our product roadmap')).toContain('pm.roadmap')
    expect(families('Prioritise the backlog')).toContain('po.sprint')
    expect(families('Prioritize the backlog')).toContain('po.sprint')
  })

  it('reads the same word for the side that does the work', () => {
    expect(families('Deliver against the roadmap the Product Manager sets', 'Product Owner')).toEqual(['po.sprint'])
    expect(families('Feed the backlog with validated opportunities')).toEqual(['pm.research'])
  })

  it('does not count negated duties', () => {
    const unit = build('# Product Manager\n\n- You will not run sprints or write user stories\n').units[0]!
    expect(unit.families).toEqual([])
    expect([...new Set(unit.negated.map((m) => m.family))].sort()).toEqual(['po.requirements', 'po.sprint'])
  })

  it('does not count duties delegated to another role', () => {
    for (const line of ['Our Product Owner runs sprint planning', 'Sprint planning is run by the Product Owner', 'Partner with the Product Owner, who grooms the backlog']) {
      const unit = build(`# Product Manager\n\n- ${line}\n`).units[0]!
      expect(unit.families, line).toEqual([])
      expect(unit.delegated.length, line).toBeGreaterThan(0)
    }
  })

  it('does not take "Manager" in a title for the verb "manage"', () => {
    expect(families('As a Product Manager you will lead a friendly team')).toEqual([])
  })

  it('reads the same words whether or not a line holds letters beyond ASCII', () => {
    const line = 'Own the team’s roadmap — “discovery” & sprint planning; 2–3 releases (€90k, 5×)'
    const words = (text: string) => tokenize(text).map((t) => `${t.norm}@${t.start}-${t.end}/${t.clause}${t.afterComma ? ',' : ''}`)
    expect(LATIN_TEXT.test(line)).toBe(true)
    expect(LATIN_TEXT.test(`${line} Zürich`)).toBe(false)
    expect(words(`${line} Zürich`)).toEqual([...words(line), `zürich@${line.length + 1}-${line.length + 7}/5`])
    expect(words(line)).toContain("team@8-14/0")
    expect(families('Own the team’s roadmap, in Zürich')).toEqual(families('Own the team’s roadmap, in Zurich'))
  })

  it('takes no letter or digit of any script for one of the characters that need no Unicode classes', () => {
    for (let c = 0; c <= 0xffff; c++) {
      const ch = String.fromCharCode(c)
      if (LATIN_TEXT.test(ch) && c > 0x7f) expect(/[\p{L}\p{N}]/u.test(ch), `U+${c.toString(16)}`).toBe(false)
    }
  })
})

describe('only the posting\'s own words are read', () => {
  const combined = '# Product Manager / Product Owner\n\n## Responsibilities\n\n- Own the roadmap and the backlog\n'
  const stageFit = (text: string) => lintText(text).messages.filter((m) => m.ruleId === 'stage-fit')

  it('reads the stage from the text', () => {
    expect(build(`${combined}\nWe are a Series C company.\n`).stage).toMatchObject({stage: 'b-c', source: 'text'})
    expect(stageFit(`${combined}\nWe are a Series C company.\n`)).toHaveLength(1)
  })

  it('does not read a stage from an HTML comment', () => {
    const text = `${combined}\n<!-- reviewer: Series C company, 40 engineers -->\n\nAn inline one <!-- Series C --> too.\n`
    expect(build(text).stage).toMatchObject({stage: 'unknown', engineers: null})
    expect(stageFit(text)).toEqual([])
  })

  it('does not read a stage from a code block', () => {
    const text = `${combined}\n\`\`\`\nstage: Series C\n\`\`\`\n\n    indented: Series C, 12 teams\n`
    expect(build(text).stage).toMatchObject({stage: 'unknown', teams: null})
    expect(stageFit(text)).toEqual([])
  })

  it('does not take a title from a code block', () => {
    const text = '```\nJob title: Product Owner\n```\n\n# Careers\n'
    expect(build(text).title).toBe('Careers')
  })

  it('does not read a salary from a code block', () => {
    const text = '# Product Owner\n\n## Pay\n\n```\nSalary: $400,000\n```\n\n    Salary: $390,000\n\n<!--\nSalary: $380,000\n-->\n'
    expect(build(text).salaries).toEqual([])
  })
})

describe('the verdict line', () => {
  const duties = '## Responsibilities\n\n- Set the product vision and strategy\n- Own the roadmap and decide what comes first\n- Interview customers to find acute problems\n- Write user stories with acceptance criteria\n- Run sprint planning with the engineers\n- Protect the scope of each release\n'
  const verdictOf = (text: string) => lintText(text).posting?.profile.verdict

  it('says a posting that declares one person covers both sides says so, not that it hides two jobs', () => {
    const declared = `# Product Manager, Payroll\n\nThis is a hybrid PM/PO role: one person decides what we build and sees it built.\n\n${duties}`
    const undeclared = `# Product Manager, Payroll\n\nOne person decides what we build.\n\n${duties}`
    expect(verdictOf(declared)).toBe('reads as two jobs, PM and PO, and the posting says the role covers both')
    expect(verdictOf(undeclared)).toBe('reads as two jobs, PM and PO under a Product Manager title')
  })
})
