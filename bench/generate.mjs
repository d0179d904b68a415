// Seeded generator of synthetic job postings in Markdown, for the benchmarks.
// Every sentence comes from the phrase pools below (written for this project), so no real
// posting ever enters the repository. Same seed -> byte-identical files.
//
//   node bench/generate.mjs <dir> <count> [seed]
import {mkdirSync, writeFileSync} from 'node:fs'
import {join} from 'node:path'
import {fileURLToPath} from 'node:url'

// mulberry32: tiny, fast, good enough for picking phrases reproducibly.
export function mulberry32(seed) {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

const TITLES = [
  'Product Manager', 'Senior Product Manager', 'Product Owner', 'Product Manager / Product Owner',
  'Scrum Master', 'Engineering Manager', 'Product Designer', 'Technical Product Manager',
  'Group Product Manager', 'Agile Product Owner', 'Principal Product Manager', 'Delivery Lead',
]
const AREAS = ['Payments', 'Growth', 'Onboarding', 'Data Platform', 'Mobile', 'Search', 'Billing', 'Developer Experience', 'Marketplace', 'Analytics']
const COMPANIES = ['Northwind Labs', 'Bluefin', 'Cobalt Health', 'Quillhaus', 'Tandem Freight', 'Orbitly', 'Larkspur Finance', 'Meadowbank', 'Pixelforge', 'Harbor & Co']
const STAGES = ['seed-stage', 'Series A', 'Series B', 'Series C', 'bootstrapped and profitable', 'post-IPO', 'pre-seed']
const CITIES = ['Berlin', 'Lisbon', 'London', 'Toronto', 'Austin', 'remote (EU time zones)', 'Amsterdam', 'remote (US time zones)']

const INTRO = [
  'We are a {stage} company building tools for {area} teams.',
  'Our team of {n} engineers ships to production several times a day.',
  'We raised our {stage} round last year and are growing the {area} group.',
  'Thousands of small businesses rely on {company} every day.',
  'You will join a cross-functional squad of {n} engineers and two designers.',
  'We work from {city}, with a few in-person weeks each year.',
  'The {area} team is small, senior and trusted to make decisions.',
  'Our customers are operations leads who hate spreadsheets as much as we do.',
  'We care about calm, sustainable pace over heroics.',
  'This role reports to the Head of Product.',
  'This role reports to the VP of Engineering.',
]
const DUTIES = [
  'Own the product roadmap and vision for {area}',
  'Run sprint planning and daily standups',
  'Write user stories with acceptance criteria',
  'Interview customers to find acute problems',
  'Define KPIs and OKRs for the team',
  'Groom and prioritise the product backlog',
  'Facilitate retrospectives and sprint reviews',
  'Set the pricing and packaging strategy together with sales',
  'Run discovery experiments before committing engineering time',
  'Analyse funnel data and usage metrics to size opportunities',
  'Remove impediments for the development team',
  'Write product requirement documents and one-pagers',
  'Coach the team on Scrum and agile practices',
  'Present the quarterly roadmap to leadership and the board',
  'Accept or reject completed stories at the end of each sprint',
  'Manage stakeholders across sales, support and marketing',
  'Track velocity and burndown charts',
  'Decide what not to build, and say so clearly',
  'Partner with design on prototypes and usability tests',
  'Hire, grow and mentor a team of {n} engineers',
  'Own the go-to-market plan for new features',
  'Collaborate with a friendly team',
  'Keep documentation up to date',
  'Join our on-call rotation for product incidents',
]
const REQUIREMENTS = [
  '{y}+ years of experience in product management',
  '{y}+ years as a Product Owner in a Scrum team',
  'Certified Scrum Master (CSM) or PSM I',
  'Experience with Jira, Confluence and Miro',
  'Strong written and verbal communication in English',
  'A track record of shipping B2B SaaS products',
  'Comfort with SQL and product analytics tools',
  'Experience working with distributed teams',
  'A degree in computer science, design or a related field, or equivalent experience',
  'You have talked to customers every week in a past role',
  'Ability to say no to good ideas',
  'Experience with design systems and Figma',
]
const NICE = [
  'Experience in {area}', 'Some background in fintech or regulated industries', 'You speak German or Portuguese',
  'You have founded or worked at an early-stage startup', 'SAFe or LeSS experience', 'Hands-on coding experience',
  'Familiarity with experimentation platforms', 'You have written publicly about product work',
]
const ABOUT = [
  '{company} was founded in {year} by two former operators.',
  'We are {stage} and backed by investors who care about long-term growth.',
  'Our {n} engineers work in small, autonomous teams.',
  'We publish our salary bands and our engineering handbook.',
  'Our offices are in {city}, but most of us work remotely.',
  'We build software that makes dull work disappear.',
]
const BENEFITS = [
  '30 days of paid vacation', 'Stock options for every employee', 'A yearly learning budget of 1,500 EUR',
  'Four-day work week in summer', 'Home office setup budget', 'Private health insurance', 'Parental leave of 20 weeks',
  'Flexible working hours', 'Team offsite twice a year', 'Public transport ticket',
]
const APPLY = [
  'Send us your CV and a short note on a product decision you regret.',
  'Apply through our [careers page](https://example.com/careers) — no cover letter needed.',
  'Email [jobs@example.com](mailto:jobs@example.com) with the subject "{title}".',
  'Our process: a 30-minute call, a take-home case, and a final conversation with the team.',
]

// Builds one posting. `size` is a soft target in bytes: sections are padded with more
// bullets and paragraphs until the text reaches it.
function posting(rand, size = 3000) {
  const pick = (arr) => arr[Math.floor(rand() * arr.length)]
  const int = (lo, hi) => lo + Math.floor(rand() * (hi - lo + 1))
  const chance = (p) => rand() < p
  const title = pick(TITLES)
  const vars = {
    title, area: pick(AREAS), company: pick(COMPANIES), stage: pick(STAGES), city: pick(CITIES),
  }
  const fill = (s) => s.replace(/\{(\w+)\}/g, (_, k) =>
    k === 'n' ? String(int(4, 120)) : k === 'y' ? String(int(2, 8)) : k === 'year' ? String(int(2009, 2023)) : vars[k])
  // Occasional inline markup so parsers see emphasis, strong, code and links.
  const decorate = (s) => {
    const r = rand()
    if (r < 0.08) return s.replace(/(\w{5,})/, '**$1**')
    if (r < 0.14) return s.replace(/(\w{5,})$/, '_$1_')
    if (r < 0.17) return s + ' ([details](https://example.com/handbook))'
    if (r < 0.19) return s.replace(/Jira/, '`Jira`')
    return s
  }
  // k distinct entries of a pool (a posting rarely says the same thing twice in a row).
  const take = (pool, k) => {
    const a = pool.slice()
    for (let i = a.length - 1; i > 0; i--) {
      const j = Math.floor(rand() * (i + 1));
      [a[i], a[j]] = [a[j], a[i]]
    }
    return Array.from({length: k}, (_, i) => a[i % a.length])
  }
  const sentences = (pool, k) => take(pool, k).map((s) => decorate(fill(s))).join(' ')
  const bullets = (pool, k, nested) => {
    const out = []
    for (const item of take(pool, k)) {
      out.push(`${chance(0.1) ? '*' : '-'} ${decorate(fill(item))}`)
      if (nested && chance(0.2)) out.push(`  - ${fill(pick(pool))}`, ...(chance(0.3) ? [`    - ${fill(pick(pool))}`] : []))
    }
    return out.join('\n')
  }
  const heading = (text, level) =>
    level <= 2 && chance(0.1) ? `${text}\n${(level === 1 ? '=' : '-').repeat(text.length)}` : `${'#'.repeat(level)} ${text}`

  const nested = chance(0.3)
  const parts = []
  if (chance(0.3)) {
    parts.push(`---\ntitle: ${JSON.stringify(title)}\nstage: ${vars.stage}\nsalary: ${int(60, 160)}k-${int(161, 220)}k EUR\n---`)
  }
  parts.push(heading(`${title}${chance(0.4) ? `, ${vars.area}` : ''}`, 1))
  parts.push(`${vars.company} is ${vars.stage === 'post-IPO' ? 'a post-IPO' : `a ${vars.stage}`} company with ${int(8, 200)} engineers. ${sentences(INTRO, int(3, 6))}`)
  parts.push(heading('Responsibilities', 2), bullets(DUTIES, int(6, 12), nested))
  parts.push(heading('Requirements', 2), bullets(REQUIREMENTS, int(4, 8), nested))
  parts.push(heading('Nice to have', 2), bullets(NICE, int(2, 5), false))
  const tail = [
    heading('About us', 2), sentences(ABOUT, int(3, 5)), sentences(INTRO, int(2, 4)),
    heading('Benefits', 2), bullets(BENEFITS, int(4, 8), false),
    heading('How to apply', 2), sentences(APPLY, int(1, 3)),
  ]
  // Pad up to the size target (a long posting, or the 1 MB case) with more sections about the role,
  // placed before "About us" where a real posting would have them.
  for (let len = parts.join('\n\n').length + tail.join('\n\n').length; len < size;) {
    const block = [heading(pick(['More about the role', 'What you will do', 'Our team', 'How we work']), 2),
      sentences(INTRO, int(3, 6)), bullets(DUTIES, int(4, 10), nested)]
    parts.push(...block)
    len += block.join('\n\n').length + 2
  }
  const text = [...parts, ...tail].join('\n\n') + '\n'
  return chance(0.1) ? text.replace(/\n/g, '\r\n') : text
}

// Writes `count` postings (~3 KB each) to `dir`, returns the file paths.
export function generateCorpus(dir, count, seed = 1) {
  mkdirSync(dir, {recursive: true})
  const rand = mulberry32(seed)
  const width = String(count).length
  const files = []
  for (let i = 0; i < count; i++) {
    const file = join(dir, `posting-${String(i).padStart(width, '0')}.md`)
    writeFileSync(file, posting(rand, 2600 + Math.floor(rand() * 800)))
    files.push(file)
  }
  return files
}

// Writes one posting of about `bytes` bytes (default 1 MB).
export function generateLarge(file, bytes = 1 << 20, seed = 1) {
  const text = posting(mulberry32(seed), bytes)
  writeFileSync(file, text)
  return file
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const [dir, count, seed = '1'] = process.argv.slice(2)
  if (!dir || !count) {
    console.error('usage: node bench/generate.mjs <dir> <count> [seed]')
    process.exit(2)
  }
  generateCorpus(dir, Number(count), Number(seed))
  console.log(`wrote ${count} postings to ${dir} (seed ${seed})`)
}
