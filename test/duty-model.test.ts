// The duty model: the committed weights, the minimal pairs it must read apart, the rules on top
// of it (negation, delegation, the flips of the labelling guide, the user's vocabulary), `why`,
// and that training is deterministic. Every posting here is written for these tests.
import {spawnSync} from 'node:child_process'
import {readFileSync} from 'node:fs'
import path from 'node:path'
import {describe, expect, it} from 'vitest'
import {builtInModel, DutyModel, type Weights} from '../src/duties/model.ts'
import {lintText} from '../src/index.ts'
import {FAMILIES, type Family} from '../src/model.ts'
import {buildPosting, readerOptions} from '../src/read/posting.ts'
import {explainLine} from '../src/read/why.ts'
import {tempDir} from './helpers.ts'

const root = new URL('../', import.meta.url).pathname

/** Each duty line of a posting with that title, and the families the model gives it. */
function familiesOf(title: string, duties: string[], model?: DutyModel): Map<string, Family[]> {
  const text = `# ${title}\n\n## What you will do\n\n${duties.map((d) => `- ${d}`).join('\n')}\n`
  const out = new Map<string, Family[]>()
  buildPosting(text, {...readerOptions(), ...(model ? {model} : {}), onUnit: (unit) => out.set(unit.text, unit.families)})
  return out
}

describe('the committed weights', () => {
  const model = builtInModel()
  it('load, one head per family, keyed by features of at most two words', () => {
    expect(model.heads).toEqual([...FAMILIES])
    const keys = Object.keys(model.weights.weights)
    expect(keys.length).toBeGreaterThan(300)
    expect(keys.length).toBeLessThan(3000)
    // Stems, stem pairs and classes: never a sentence of a posting.
    for (const key of keys) expect(key).toMatch(/^(?:[a-z]+|[a-z]+:\S+(?: \S+)?)$/)
  })
})

describe('minimal pairs', () => {
  const po = familiesOf('Product Owner', [
    'Define the product vision',
    'Explain the product vision to the squad',
    'Check that new designs fit the product vision',
    'Prioritise the user stories in the sprint backlog',
    'Prioritise opportunities across the customer journey',
    'Write user stories and acceptance criteria',
  ])
  it('owning the vision is strategy, explaining it is alignment, following it is neither', () => {
    expect(po.get('Define the product vision')).toContain('pm.strategy')
    expect(po.get('Explain the product vision to the squad')).toEqual(['pm.alignment'])
    expect(po.get('Check that new designs fit the product vision')).toEqual([])
  })
  it('prioritising stories is sprint work, prioritising opportunities is roadmap work', () => {
    expect(po.get('Prioritise the user stories in the sprint backlog')).toContain('po.sprint')
    expect(po.get('Prioritise the user stories in the sprint backlog')).not.toContain('pm.roadmap')
    expect(po.get('Prioritise opportunities across the customer journey')).toEqual(['pm.roadmap'])
  })

  const pm = familiesOf('Product Manager', [
    'Track delivery milestones for each release',
    'Make sure release milestones are met',
    'Run customer interviews to find unmet needs',
    'You love talking to customers',
    'Do you enjoy turning chaos into plans?',
    'You will not run the sprints',
    'Our Product Owner runs the backlog',
    'Deliver against the roadmap the Head of Product sets',
  ])
  it('an active and a passive duty read alike', () => {
    expect(pm.get('Track delivery milestones for each release')).toEqual(['po.sprint'])
    expect(pm.get('Make sure release milestones are met')).toEqual(['po.sprint'])
  })
  it('a duty has a family; a trait or a question has none', () => {
    expect(pm.get('Run customer interviews to find unmet needs')).toEqual(['pm.research'])
    expect(pm.get('You love talking to customers')).toEqual([])
    expect(pm.get('Do you enjoy turning chaos into plans?')).toEqual([])
  })
  it('negated and delegated duties are not the hire\'s', () => {
    expect(pm.get('You will not run the sprints')).toEqual([])
    expect(pm.get('Our Product Owner runs the backlog')).toEqual([])
    expect(pm.get('Deliver against the roadmap the Head of Product sets')).not.toContain('pm.roadmap')
  })
  it('a line with two predicates carries both sides', () => {
    const mixed = familiesOf('Product Manager', ['Own the pricing roadmap; run the daily stand-up'])
    const families = mixed.get('Own the pricing roadmap; run the daily stand-up') ?? []
    expect(families).toContain('pm.roadmap')
    expect(families).toContain('po.sprint')
  })
})

describe('rules on top of the model', () => {
  const posting = '# Product Manager\n\n## Responsibilities\n\n- Herd the release train across the three squads\n- Decide which markets we enter next\n'
  it('a phrase from the config adds its family, and the finding quotes it', () => {
    expect(lintText(posting).messages.filter((m) => m.ruleId === 'no-execution-in-pm-role')).toEqual([])
    const withPhrase = lintText(posting, {vocabulary: {'po.sprint': ['herd the release train']}})
    const found = withPhrase.messages.filter((m) => m.ruleId === 'no-execution-in-pm-role')
    expect(found.map((m) => m.line)).toEqual([5])
    expect(found[0]?.message).toContain('"Herd the release train"')
  })
  it('findings name the words that decided the family', () => {
    const result = lintText('# Product Manager\n\n## Responsibilities\n\n- Own the product roadmap and groom the backlog with the squad\n')
    const mixed = result.messages.find((m) => m.ruleId === 'no-mixed-duties')
    expect(mixed?.message).toMatch(/"Own the product roadmap".*"groom the backlog"/)
  })
})

describe('an adjective in -able is not its verb', () => {
  const posting = [
    '# Product Manager',
    '',
    '## What you will do',
    '',
    '- Write user stories for the changes that bring measurable value to our clinics',
    '- Measure the adoption of each release and groom the sprint backlog',
    '- Set the success metrics for the quarter and run sprint planning with the squad',
    '',
  ].join('\n')
  const mixedLines = (result: ReturnType<typeof lintText>) => result.messages.filter((m) => m.ruleId === 'no-mixed-duties').map((m) => m.line)
  it('"measurable value" describes the change: the line is not PM metrics work beside its stories', () => {
    expect(mixedLines(lintText(posting))).not.toContain(5)
  })
  it('measuring, or setting the metrics, beside sprint work is still a mixed line', () => {
    expect(mixedLines(lintText(posting))).toEqual([6, 7])
  })
  it('a phrase of the config with the verb does not match the adjective', () => {
    const vocabulary = {'pm.metrics': ['measure rollouts']}
    const adjective = lintText('# Product Manager\n\n## Responsibilities\n\n- Plan measurable rollouts for the clinics and keep the sprint backlog groomed\n', {vocabulary})
    expect(mixedLines(adjective)).toEqual([])
    const verb = lintText('# Product Manager\n\n## Responsibilities\n\n- Measure rollouts for the clinics and keep the sprint backlog groomed\n', {vocabulary})
    expect(mixedLines(verb)).toEqual([5])
  })
})

describe('ordering backlog items', () => {
  // A model that decides nothing: every family here comes from the flip that reads priority words.
  const none = new DutyModel({heads: [...FAMILIES], bias: FAMILIES.map(() => -1), weights: {}})
  const lines = familiesOf('Product Owner', [
    'Set priorities for the stories',
    'Keep the stories in ranked order',
    'Keep the bugs in a sensible sequence',
    'Keep the stories in the shared space',
    'Review the stories with the product team',
    'Keep the stories by priorité',
  ], none)
  it('is sprint work whichever word says the order: priorities, rank, sequence', () => {
    expect(lines.get('Set priorities for the stories')).toEqual(['po.sprint'])
    expect(lines.get('Keep the stories in ranked order')).toEqual(['po.sprint'])
    expect(lines.get('Keep the bugs in a sensible sequence')).toEqual(['po.sprint'])
  })
  it('needs a word of ordering, in plain letters: words that only start alike do not count', () => {
    expect(lines.get('Keep the stories in the shared space')).toEqual([])
    expect(lines.get('Review the stories with the product team')).toEqual([])
    expect(lines.get('Keep the stories by priorité')).toEqual([])
  })
})

describe('jdlint why', () => {
  const text = '# Product Owner\n\n## Responsibilities\n\n- Own the product roadmap and groom the backlog\n- You will not run customer interviews\n- Explain the product vision to the squad\n'
  it('shows the clauses, verb and object, and the weights for and against each family', () => {
    const out = explainLine(text, 5)
    expect(out).toContain('role po')
    expect(out).toMatch(/clause 1: "Own the product roadmap" {2}verb: Own {2}object: roadmap/)
    expect(out).toMatch(/clause 2: "and groom the backlog" {2}verb: groom {2}object: backlog/)
    expect(out).toMatch(/pm\.roadmap +\+\d\.\d\d +YES/)
    expect(out).toMatch(/for: +\S+ \+\d/)
  })
  it('names the rule that vetoed or re-routed a family', () => {
    expect(explainLine(text, 6)).not.toMatch(/pm\.research +\S+ +YES/)
    expect(explainLine(text, 7)).toContain('re-routed: explaining-the-vision')
  })
  it('says so for a line without a duty unit', () => {
    expect(explainLine(text, 2)).toContain('holds no duty unit')
  })
  it('runs as a command: the report on stdout, exit 0; a bad argument or file is one line on stderr, exit 2', () => {
    const dir = tempDir({'role.md': text})
    const why = (...args: string[]) => spawnSync(process.execPath, [path.join(root, 'bin/jdlint.js'), 'why', ...args], {cwd: dir, encoding: 'utf8'})
    const ok = why('role.md:5')
    expect(ok.status).toBe(0)
    expect(ok.stdout).toContain('verb: groom')
    for (const bad of [why('role.md'), why('missing.md:3')]) {
      expect(bad.status).toBe(2)
      expect(bad.stdout).toBe('')
      expect(bad.stderr.trim().split('\n')).toHaveLength(1)
    }
    expect(why('missing.md:3').stderr).toContain('missing.md')
  })
})

describe('training', () => {
  const train = (out: string, ...args: string[]) => {
    const run = spawnSync(process.execPath, [path.join(root, 'scripts/train.mjs'), path.join(root, 'test/labelled'), '--out', out, ...args], {encoding: 'utf8'})
    expect(run.status, run.stderr).toBe(0)
    return readFileSync(out, 'utf8')
  }
  it('gives the same weights from the same labels, and learns them', () => {
    const dir = tempDir()
    const first = train(path.join(dir, 'a.json'))
    const second = train(path.join(dir, 'b.json'))
    expect(second).toBe(first)
    const weights = JSON.parse(first) as Weights
    expect(weights.trained).toMatchObject({postings: 3})
    const model = new DutyModel(weights)
    const read = familiesOf('Product Owner, Bakery Orders', ['Groom the backlog with the squad every week', 'Set the product vision for online orders'], model)
    expect(read.get('Groom the backlog with the squad every week')).toContain('po.sprint')
    expect(read.get('Set the product vision for online orders')).toContain('pm.strategy')
  })
  it('with augment, the words of a unit the vocabulary matched learn the family on their own as well', async () => {
    type Fitted = {weights: Record<string, number[]>}
    const script: {train: (samples: unknown[], heads: unknown[], settings: object) => Fitted; SETTINGS: {augment: number}} = await import(path.join(root, 'scripts/train.mjs'))
    const {train: fit, SETTINGS} = script
    expect(SETTINGS.augment).toBe(0)
    // Made-up samples: "groom" and "herd" mark sprint work; the vocabulary knows only the units with "groom".
    const unit = (features: string[], sprint: boolean) => ({features, families: new Set(sprint ? ['po.sprint'] : [])})
    const samples = [
      ...Array.from({length: 6}, () => unit(['ef:po.sprint', 'w:groom', 'w:backlog'], true)),
      ...Array.from({length: 6}, () => unit(['w:herd', 'w:backlog'], false)),
      ...Array.from({length: 6}, () => unit(['w:lunch', 'w:menu'], false)),
    ]
    const heads = [{name: 'po.sprint', target: (s: {families: Set<string>}) => s.families.has('po.sprint'), applies: () => true}]
    const weightOf = (w: Fitted, f: string) => w.weights[f]?.[1] ?? 0
    const plain = fit(samples, heads, {prune: 0})
    const augmented = fit(samples, heads, {prune: 0, augment: 1})
    expect(weightOf(augmented, 'w:groom')).toBeGreaterThan(weightOf(plain, 'w:groom') + 0.2)
  })
  it('--half trains on that half of the postings only', () => {
    const dir = tempDir()
    expect(JSON.parse(train(path.join(dir, 'odd.json'), '--half', 'odd')).trained).toMatchObject({postings: 2})
  })
  it('cross-validates settings inside a labelled folder: one line of out-of-fold numbers per setting', () => {
    const cv = (...args: string[]) => spawnSync(process.execPath, [path.join(root, 'scripts/cv.mjs'), path.join(root, 'test/labelled'), ...args], {encoding: 'utf8'})
    const run = cv('--folds', '3', '--grid', '[{"l2":0.01},{"prior":0}]')
    expect(run.status, run.stderr).toBe(0)
    const lines = run.stdout.trim().split('\n')
    expect(lines).toHaveLength(2)
    expect(lines[0]).toMatch(/^\{"l2":0\.01\} +line-F1 \d\.\d{3} \(tp \d+ fp \d+ fn \d+\) posting-accuracy \d\.\d{3} alarms 0\/1 family-F1 \d\.\d{3} family-mAP \d\.\d{3}$/)
    expect(cv('--folds', '3').stdout).toBe(cv('--folds', '3').stdout)
    // With every unit given its labelled families, the rules find every labelled line of these postings.
    expect(cv('--oracle').stdout).toMatch(/^labelled families: line-F1 1\.000 \(tp [1-9]\d* fp 0 fn 0\)/)
    const bad = cv('--folds', '1')
    expect(bad.status).toBe(2)
    expect(bad.stderr).toMatch(/^usage: node scripts\/cv\.mjs/)
  })
  it('refuses a bad --half with a usage line and exit 2', () => {
    const run = spawnSync(process.execPath, [path.join(root, 'scripts/train.mjs'), path.join(root, 'test/labelled'), '--half', 'third'], {encoding: 'utf8'})
    expect(run.status).toBe(2)
    expect(run.stderr).toMatch(/^usage: node scripts\/train\.mjs/)
  })
})
