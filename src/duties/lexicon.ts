/**
 * Word classes the duty model reads verbs and objects by. They are hand-written domain knowledge
 * (docs/roles.md): which verbs decide, which explain, which run a process; which nouns are a
 * vision, a roadmap, a backlog. The model learns from the labels how much each class counts for
 * each family; a word missing here is still a feature by its own stem.
 */
import {normalise, stemOf} from './matcher.ts'

const VERB_WORDS: Record<string, string> = {
  decide: 'own define set shape decide determine develop create craft establish formulate steer chart devise own lead drive hold evolve build refine sharpen frame envision',
  explain: 'communicate explain articulate evangelize evangelise present share champion socialize socialise advocate pitch tell convey translate rally inspire align',
  research: 'research interview discover investigate explore observe shadow survey validate test uncover understand learn study immerse synthesize synthesise gather collect identify spot assess',
  analyse: 'analyze analyse measure monitor track instrument report quantify evaluate review interpret',
  write: 'write draft author document specify detail elaborate capture describe formulate break split slice translate decompose',
  order: 'prioritize prioritise order rank groom refine sequence triage curate maintain manage',
  run: 'run facilitate host organize organise conduct chair moderate attend coach lead',
  plan: 'plan coordinate schedule estimate forecast allocate allot budget manage track deliver ship release execute oversee unblock remove resolve mitigate keep maintain monitor',
  engineer: 'collaborate partner work pair answer clarify accept review support',
  decideScope: 'protect negotiate cut trim descope scope push defer',
  inform: 'inform update manage set communicate report present demo',
  help: 'contribute help assist support participate input join co inform',
  ensure: 'ensure sure guarantee safeguard',
  trait: 'love enjoy thrive like care passionate comfortable curious excited eager happy',
  know: 'know familiar understand knowledge proficient fluent versed aware',
}

const OBJECT_WORDS: Record<string, string> = {
  vision: 'vision strategy strategic positioning proposition direction mission differentiation north star segment segments thesis',
  roadmap: 'roadmap roadmaps opportunity opportunities initiative initiatives bet bets theme themes priority priorities investment investments tradeoff tradeoffs',
  backlog: 'backlog backlogs story stories ticket tickets task tasks bug bugs defect defects item items epic epics issue issues',
  spec: 'requirement requirements spec specs specification specifications criteria prd prds acceptance documentation',
  ceremony: 'sprint sprints ceremony ceremonies standup standups retro retros retrospective retrospectives planning review reviews demo demos scrum iteration iterations',
  research: 'research interview interviews discovery insight insights user users customer customers market markets competitor competitors competitive need needs problem problems pain feedback hypothesis hypotheses usability',
  metric: 'metric metrics kpi kpis okr okrs analytics data measure measures result results outcome outcomes experiment experiments funnel adoption',
  stakeholder: 'stakeholder stakeholders sales support leadership executives expectation expectations marketing management board customer-facing',
  engineering: 'engineer engineers engineering developer developers feasibility architecture technical tech implementation dev devs',
  scope: 'scope release releases mvp launch launches version',
  delivery: 'delivery timeline timelines timeframe timeframes milestone milestones schedule schedules budget budgets risk risks dependency dependencies deadline deadlines project projects plan plans capacity estimate estimates progress status blocker blockers impediment impediments',
  product: 'product products feature features solution solutions',
  team: 'team teams squad squads people colleagues',
}

function table(words: Record<string, string>): Map<string, string[]> {
  const out = new Map<string, string[]>()
  for (const [cls, list] of Object.entries(words)) {
    for (const w of list.split(' ')) {
      const stem = stemOf(normalise(w))
      const classes = out.get(stem)
      if (!classes) out.set(stem, [cls])
      else if (!classes.includes(cls)) classes.push(cls)
    }
  }
  return out
}

/** What a word in no class has: one shared empty list, not a new one per look-up. */
const NONE: readonly string[] = Object.freeze([])
let verbs: Map<string, string[]> | undefined
let objects: Map<string, string[]> | undefined
/** Classes of a verb stem ("prioriti" -> order), empty when it is in none. */
export function verbClasses(stem: string): readonly string[] {
  verbs ??= table(VERB_WORDS)
  return verbs.get(stem) ?? NONE
}
/** Classes of an object stem ("backlog" -> backlog), empty when it is in none. */
export function objectClasses(stem: string): readonly string[] {
  objects ??= table(OBJECT_WORDS)
  return objects.get(stem) ?? NONE
}
