// How the model's families become findings: which families make a line mixed, what each title's
// does-not list holds, and the labelling guide's stated flips. Every posting here is written for
// these tests; the shipped weights read them.
import {describe, expect, it} from 'vitest'
import {lintText} from '../src/index.ts'
import {DutyModel, type Weights} from '../src/duties/model.ts'
import {buildPosting, readerOptions} from '../src/read/posting.ts'
import {FAMILIES, type Family} from '../src/model.ts'

/** Each duty line of a posting with that title, and its families (the shipped model's, or `model`'s). */
function familiesOf(title: string, duties: string[], model?: DutyModel): Map<string, Family[]> {
  const text = `# ${title}\n\n## What you will do\n\n${duties.map((d) => `- ${d}`).join('\n')}\n`
  const out = new Map<string, Family[]>()
  buildPosting(text, {...readerOptions(), ...(model ? {model} : {}), onUnit: (unit) => out.set(unit.text, unit.families)})
  return out
}

/** The lines (of the duty list, 1-based) a rule reports in a posting with that title. */
function reported(title: string, duties: string[], ruleId: string): number[] {
  const text = `# ${title}\n\n## What you will do\n\n${duties.map((d) => `- ${d}`).join('\n')}\n`
  return lintText(text).messages.filter((m) => m.ruleId === ruleId).map((m) => m.line - 4)
}

describe('ordering backlog items is sprint work, ordering opportunities is roadmap work', () => {
  const duties = [
    'Prioritise and document the requirements, epics and user stories for each release of the booking app',
    'Collect requirements from the clinic staff and prioritise them for the squad',
    'Prioritise the opportunities we could pursue in the clinic market',
  ]
  it('a PO who orders requirements and stories is not asked for roadmap work', () => {
    const read = familiesOf('Product Owner, Clinic Booking', duties)
    for (const line of duties.slice(0, 2)) {
      expect(read.get(line)).toContain('po.sprint')
      expect(read.get(line)).not.toContain('pm.roadmap')
    }
    expect(read.get(duties[2]!)).toContain('pm.roadmap')
    expect(reported('Product Owner, Clinic Booking', duties, 'no-strategy-in-po-role')).toEqual([3])
    expect(reported('Product Owner, Clinic Booking', duties, 'no-mixed-duties')).toEqual([])
  })
  it('features can be roadmap bets: ordering them with the requirements keeps the roadmap side', () => {
    const line = 'Prioritise new features, fixes and requirements for the app'
    expect(familiesOf('Product Manager, Clinic Booking', [line]).get(line)).toContain('pm.roadmap')
  })
})

describe('a bold run-in label heads what follows and is no duty of its own', () => {
  const posting = (item: string) => `# Product Manager, Ferry Tickets\n\n## What you will do\n\n- ${item}\n`
  const ids = (item: string) => lintText(posting(item)).messages.filter((m) => m.line === 5).map((m) => m.ruleId)
  it('the label words give no family', () => {
    expect(ids('**Unblock** - Spot where the harbour pilots get stuck and decide the hard product questions fast')).toEqual([])
    expect(ids('**Sprint planning:** Decide with the harbour pilots which routes matter most this year')).toEqual([])
  })
  it('the duty after the label still counts, and a bold opening with no separator is emphasis', () => {
    expect(ids('**Unblock** - Unblock the developers and run the daily stand-up')).toContain('no-execution-in-pm-role')
    expect(ids('**Run** the daily stand-up with the developers')).toContain('no-execution-in-pm-role')
  })
  it('a bold sentence that ends in a full stop is a duty, not a label', () => {
    const po = (item: string) => `# Product Owner, Ferry Tickets\n\n## What you will do\n\n- ${item}\n`
    const rules = lintText(po('**Own the product roadmap.** Work with the squad every day')).messages.filter((m) => m.line === 5).map((m) => m.ruleId)
    expect(rules).toContain('no-strategy-in-po-role')
  })
})

describe('reviewing work against acceptance criteria is engineering partnership, writing them is requirements', () => {
  const duties = [
    'Do acceptance testing of new ferry app features with the QA engineers',
    'Review what the developers ship and check it meets the agreed acceptance criteria',
    'Write the user stories and acceptance criteria for every ticket',
  ]
  it('a PM who accepts work is not asked for execution; one who writes the criteria is', () => {
    expect(reported('Product Manager, Ferry Tickets', duties, 'no-execution-in-pm-role')).toEqual([3])
    const read = familiesOf('Product Manager, Ferry Tickets', duties)
    expect(read.get(duties[0]!)).toContain('po.engineering')
    expect(read.get(duties[0]!)).not.toContain('po.requirements')
  })
})

describe('working with another role leaves the duty the hire\'s; delegation needs the other role to do it', () => {
  const duties = [
    'Partner with the Product Owner and the QA leads by writing the user stories for each release',
    'Our Product Owner writes the user stories for each release',
  ]
  it('a PM who writes the stories with the PO is asked for execution; one whose PO writes them is not', () => {
    expect(reported('Product Manager, Ferry Tickets', duties, 'no-execution-in-pm-role')).toEqual([1])
  })
})

describe('building slide decks is on the list of work a PM does not do, wherever the unit says it', () => {
  it('a PM asked to equip sales with pitch decks is asked for execution', () => {
    const duties = ['Enable the sales team to sell the ferry app, with pitch decks and demo scripts for every launch']
    expect(reported('Product Manager, Ferry Tickets', duties, 'no-execution-in-pm-role')).toEqual([1])
  })
})

describe('a PO may contribute to the vision, but taking part in user research is still research', () => {
  it('helping shape the vision is spared; helping with user interviews is not', () => {
    const duties = ['Help shape the product vision for the ferry app', 'Help run user interviews with travellers at the harbour']
    expect(reported('Product Owner, Ferry Tickets', duties, 'no-strategy-in-po-role')).toEqual([2])
  })
})

describe('a sentence about the company gives the hire no duty; "they" after the hire is the hire', () => {
  const posting = (para: string) => `# Product Owner, Ferry Tickets\n\n## The role\n\n${para}\n`
  const ids = (para: string) => lintText(posting(para)).messages.filter((m) => m.line === 5).map((m) => m.ruleId)
  it('the company setting its own strategy is no strategy asked of the PO', () => {
    expect(ids('We set the product strategy and the roadmap for the whole harbour network every spring.')).toEqual([])
  })
  it('"they" that points back at the hire keeps the duty', () => {
    expect(ids('The Product Owner joins the ferry squad. They set the product strategy and the roadmap for the whole harbour network.')).toContain('no-strategy-in-po-role')
  })
})

describe('executing one\'s own roadmap beside setting it is roadmap work only', () => {
  // A model that reads every unit as both roadmap and sprint work: what is left is the guide's flip.
  const both: Weights = {heads: [...FAMILIES], bias: FAMILIES.map((f) => (f === 'pm.roadmap' || f === 'po.sprint' ? 1 : -5)), weights: {}}
  const read = (line: string) => familiesOf('Product Manager, Ferry Tickets', [line], new DutyModel(both)).get(line)
  it('setting the roadmap and executing it is not two jobs', () => {
    expect(read('Define the ferry roadmap and execute the roadmap with the squads')).toEqual(['pm.roadmap'])
  })
  it('sprint work named beside it stays, and executing a roadmap someone else sets is sprint work', () => {
    expect(read('Define the ferry roadmap, execute the roadmap and run sprint planning')).toEqual(['pm.roadmap', 'po.sprint'])
    expect(read('Execute the roadmap the Head of Product sets')).toEqual(['po.sprint'])
  })
})

describe('taking a product from idea to launch is no family by itself', () => {
  const duties = [
    'Own the ferry app end to end, from discovery to delivery',
    'Manage the entire product lifecycle from ideation to release',
    'Own the ferry app end to end and run sprint planning with the squad',
  ]
  it('a PM who owns the product end to end is not asked for sprint work; one who also runs sprint planning is', () => {
    expect(reported('Product Manager, Ferry Tickets', duties, 'no-execution-in-pm-role')).toEqual([3])
  })
})

describe('another function\'s strategy or opportunities are not product work', () => {
  const duties = [
    'Shape the adoption strategy for our enterprise clients',
    'Spot upsell opportunities in existing accounts',
    'Define the product strategy for the ferry app',
  ]
  it('a PO asked for a client adoption strategy or upsell openings is not asked for PM strategy', () => {
    expect(reported('Product Owner, Ferry Tickets', duties, 'no-strategy-in-po-role')).toEqual([3])
  })
})

describe('a role\'s name is no work', () => {
  it('"the Technology Lead" does not lead and "a Delivery Manager" is no delivery work', () => {
    const duties = [
      'Work with the Technology Lead and a Delivery Manager on the harbour app',
      'Lead the delivery of each release with the squad',
    ]
    expect(reported('Product Manager, Ferry Tickets', duties, 'no-execution-in-pm-role')).toEqual([2])
  })
})

describe('a temporal clause says when a duty happens and is no duty itself', () => {
  it('"after the discovery interviews are done" asks a PO for no research', () => {
    const duties = ['After the discovery interviews are done, write the user stories for the squad', 'Run discovery interviews with travellers']
    expect(reported('Product Owner, Ferry Tickets', duties, 'no-strategy-in-po-role')).toEqual([2])
    expect(reported('Product Owner, Ferry Tickets', duties, 'no-mixed-duties')).toEqual([])
  })
})

describe('acting on research is not doing it', () => {
  const duties = [
    'Gather feedback from stakeholders and travellers in sprint reviews and demos',
    'Refine the backlog by folding user research findings into the product backlog',
    'Run usability tests with travellers at the harbour',
  ]
  it('feedback in sprint reviews and findings folded into the backlog ask a PO for no research', () => {
    expect(reported('Product Owner, Ferry Tickets', duties, 'no-strategy-in-po-role')).toEqual([3])
    expect(reported('Product Owner, Ferry Tickets', duties, 'no-mixed-duties')).toEqual([])
    expect(familiesOf('Product Owner, Ferry Tickets', duties).get(duties[1]!)).toEqual(['po.sprint'])
  })
})

describe('an explanation or acting on feedback is no duty of research or strategy', () => {
  it('"because ..." explains; "act on customer feedback" acts on research', () => {
    const duties = ['Write the user stories, because the squad relies on the product strategy being clear', 'Act on customer feedback quickly']
    expect(reported('Product Owner, Ferry Tickets', duties, 'no-strategy-in-po-role')).toEqual([])
    expect(reported('Product Owner, Ferry Tickets', duties, 'no-mixed-duties')).toEqual([])
  })
})
