// The phrase vocabulary reaches duties said in other words (issue 11, failure class 4): project
// management and delivery language, the level of what is prioritised. Each paraphrase here is
// written for this test, next to a near miss that must stay unmatched: a trait, company prose, or
// the other job's work. The vocabulary's matches are what the model weighs, so these pairs hold
// whatever weights are trained.
import {describe, expect, it} from 'vitest'
import {analyzeUnit, builtInVocabulary} from '../src/duties/analyze.ts'
import type {Family} from '../src/model.ts'

/** The families the built-in vocabulary gives the hire in one unit of a Product Manager posting. */
const matched = (text: string): Family[] => [...new Set(analyzeUnit(text, builtInVocabulary(), 'pm', false).own.map((m) => m.family))].sort()
/** One test per line: the vocabulary gives the line that family. */
const readsAs = (rows: [string, Family][]) =>
  it.each(rows)('%s (%s)', (line, family) => {
    expect(matched(line)).toContain(family)
  })
/** Lines that get no family at all. */
const noFamily = (...lines: string[]) => {
  for (const line of lines) expect(matched(line), line).toEqual([])
}

describe('project management and delivery in other words is sprint work', () => {
  it.each([
    'Allot developer hours across the quarter',
    'Estimate the squad\'s capacity before each iteration',
    'Set realistic dates for the ferry app releases',
    'Coordinate delivery across the three booking squads',
    'Log and rank defects that the call centre reports',
    'Get the new checkout out the door before the summer peak',
    'Size the stories with the developers',
    'Track progress, slippage and spend on the warehouse project',
  ])('%s', (line) => {
    expect(matched(line)).toContain('po.sprint')
  })

  it('a trait, company prose or a market estimate is not', () => {
    expect(matched('You stay calm when deadlines shift and timelines are tight')).not.toContain('po.sprint')
    expect(matched('Great at prioritising your own time')).toEqual([])
    expect(matched('Estimate market size and revenue potential for new segments')).not.toContain('po.sprint')
    expect(matched('Allocate investment across the product bets')).not.toContain('po.sprint')
  })
})

describe('the level of what is prioritised', () => {
  it('ordering stories, tasks or bugs is backlog work', () => {
    expect(matched('Prioritise stories and fixes for the next iteration')).toEqual(['po.sprint'])
    expect(matched('Rank the open tickets every Monday')).toEqual(['po.sprint'])
  })
  it('ordering initiatives stays roadmap work', () => {
    expect(matched('Prioritise competing initiatives across the portfolio')).toEqual(['pm.roadmap'])
  })
})

describe('settling what an iteration or release holds is scope work', () => {
  it.each([
    'Settle the scope of each iteration with the tech lead',
    'Decide what goes into each release of the tenant portal',
    'Push back on requests that would delay the launch',
    'Keep scope tight so version one ships in March',
  ])('%s', (line) => {
    expect(matched(line)).toContain('po.scope')
  })
  it('scope that is no product work is not', () => {
    expect(matched('You enjoy a role with a broad scope')).toEqual([])
  })
})

describe('reporting progress to the business is stakeholder work', () => {
  it('reports progress and risks to leadership', () => {
    expect(matched('Report status and risks to leadership every fortnight')).toContain('po.stakeholders')
  })
  it('a report on usage is not', () => {
    expect(matched('Report weekly on usage to leadership')).not.toContain('po.stakeholders')
  })
})

describe('a noun naming the act, then "of", reads as its verb', () => {
  it('prioritisation of the backlog is backlog work, development of the vision is strategy', () => {
    expect(matched('Prioritisation of the product backlog for the tills squad')).toEqual(['po.sprint'])
    expect(matched('Facilitation of the sprint retrospectives')).toContain('po.sprint')
    expect(matched('Development of the vision for the loyalty app')).toEqual(['pm.strategy'])
  })
  it('a noun of the doer, or an act no duty names, is not', () => {
    expect(matched('Reporting to the manager of the scrum team')).toEqual([])
    expect(matched('Implementation of the new billing engine')).toEqual([])
  })
})

describe('passive duties and nouns whose stem is not their verb\'s', () => {
  it('making sure milestones are met is sprint work, stories that are clear are requirements work', () => {
    expect(matched('Make sure the pilot milestones are met')).toEqual(['po.sprint'])
    expect(matched('Ensure every story is clear and testable before planning')).toContain('po.requirements')
  })
  it('the same words as a trait are not', () => {
    expect(matched('You do your best work when requirements are clear')).toEqual([])
  })
  it('ownership of the roadmap is roadmap work; eliciting needs is requirements work', () => {
    expect(matched('Ownership of the pricing roadmap')).toContain('pm.roadmap')
    expect(matched('Elicit needs from the warehouse staff')).toEqual(['po.requirements'])
  })
})

describe('each family\'s duties in other words', () => {
  readsAs([
    ['Decide where the ticketing product should go next', 'pm.strategy'],
    ['Build the business case for a loyalty scheme', 'pm.strategy'],
    ['Make the prioritisation calls for the mobile team', 'pm.roadmap'],
    ['Instrument the new sign-up flow', 'pm.metrics'],
    ['Get leadership behind the plan for the winter season', 'pm.alignment'],
    ['Pair with the developers when a story raises questions', 'po.engineering'],
    ['Review completed stories before the sprint review', 'po.engineering'],
    ['Spell out the edge cases of the refund flow', 'po.requirements'],
    ['Tell the sales team what is coming next quarter', 'po.stakeholders'],
    ['Write the release notes for each app update', 'po.stakeholders'],
    ['Remove whatever slows the squad down', 'po.sprint'],
  ])

  it('traits, knowledge and collaboration with no object of work are not', () => {
    noFamily('Keep the team motivated and happy', 'Know your way around SQL', 'Work closely with stakeholders and teams', 'Be available for occasional travel')
  })
})

describe('research in other words', () => {
  it('surveys, journey maps and prototypes put in front of users are research', () => {
    expect(matched('Design and send surveys to hotel guests')).toContain('pm.research')
    expect(matched('Map the customer journeys of first-time renters')).toContain('pm.research')
    expect(matched('Test prototypes with shop owners before the team builds anything')).toContain('pm.research')
  })
  it('filling in a survey, or testing a release, is not', () => {
    expect(matched('Our clinics fill in a short survey every month')).toEqual([])
    expect(matched('Test each release with QA before it ships')).not.toContain('pm.research')
  })
})

describe('triage and cuts in other words are scope work', () => {
  it('handling incoming requests and deciding what to cut', () => {
    expect(matched('Handle incoming feature requests from the store managers')).toContain('po.scope')
    expect(matched('Decide what to drop when the release date is at risk')).toContain('po.scope')
  })
  it('a request in company prose with no verb of handling is not', () => {
    expect(matched('We answer feature requests from every customer within a day')).not.toContain('po.scope')
  })
})

describe('competing priorities and the elicitation chain', () => {
  it('settling competing priorities is roadmap work; juggling them as a trait is nothing', () => {
    expect(matched('Balance competing priorities from sales and support')).toEqual(['pm.roadmap'])
    expect(matched('Choose between the opportunities the market research turns up')).toContain('pm.roadmap')
    expect(matched('Comfortable juggling competing priorities')).toEqual([])
  })
  it('learning the needs in order to write the specs is read as one requirements duty', () => {
    const entries = (text: string) => analyzeUnit(text, builtInVocabulary(), 'po', false).own.map((m) => m.entry)
    expect(entries('Understand the clinics\' needs and then write the specifications')).toContain('req-chain')
    expect(entries('Understand the clinics\' needs')).not.toContain('req-chain')
  })
})

describe('time with customers where they are is research', () => {
  it('sitting in on calls and time in the field', () => {
    expect(matched('Sit in on support calls every week')).toEqual(['pm.research'])
    expect(matched('Spend time in the field with the couriers every month')).toEqual(['pm.research'])
  })
  it('a career in a field, or the team\'s own calls, is not', () => {
    expect(matched('Ten years of experience, most of that time in the field of logistics')).toEqual([])
    expect(matched('Join the weekly team calls')).toEqual([])
  })
})

describe('increment planning, flow, success and championing the product', () => {
  readsAs([
    ['Facilitate PI planning for the two squads', 'po.sprint'],
    ['Limit work in progress on the squad\'s board', 'po.sprint'],
    ['Define success for every launch with the analyst', 'pm.metrics'],
    ['Champion the product roadmap across the company', 'pm.alignment'],
  ])
  it('being set up for success, or promotion, is not', () => {
    noFamily('We will set you up for success from day one', 'We promote from within')
  })
})

describe('side by side with engineers, the business in the loop, a pulse on the market, process maps', () => {
  readsAs([
    ['Work hand in hand with the developers on each release', 'po.engineering'],
    ['Keep sales and support in the loop', 'po.stakeholders'],
    ['Keep a finger on the pulse of the hotel market', 'pm.research'],
    ['Map the business processes the new module replaces', 'po.requirements'],
  ])
  it('the same words about the company or a partner are not', () => {
    noFamily('Our clinics work hand in hand with hospitals', 'The city has a pulse of its own')
  })
})

describe('daily syncs, stories made ready, steering reviews', () => {
  readsAs([
    ['Run the daily sync with the squad', 'po.sprint'],
    ['Get stories ready for refinement two sprints ahead', 'po.requirements'],
    ['Chair the monthly steering committee for the programme', 'po.stakeholders'],
  ])
  it('a company that syncs with partners is not', () => {
    noFamily('We sync with our partners every quarter')
  })
})

describe('other verbs of keeping the backlog, writing specs and learning needs', () => {
  readsAs([
    ['Look after the product backlog for the kiosk app', 'po.sprint'],
    ['Prune and reorder the backlog every week', 'po.sprint'],
    ['Put together the specs for each feature of the kiosk', 'po.requirements'],
    ['Probe the problems clinics face when booking', 'pm.research'],
  ])
  it('looking after people or putting a team together is not', () => {
    noFamily('We look after our people', 'We put together a team of experts')
  })
})
