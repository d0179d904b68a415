// Postings shared by the end-to-end tests (a git hook, pre-commit, the GitHub Action).

/** A Product Manager posting that lints clean. */
export const CLEAN_PM = `# Product Manager, Route Planning

We build route planning software for regional couriers, and we are hiring a Product Manager to decide where it goes next.

## What you will own

You are accountable for the route planning roadmap and for choosing which courier problems we solve first.

- Ride along with couriers every month to see where their routes go wrong
- Own the route planning roadmap and explain the reasoning behind its order
- Define the metrics that show whether a release shortened the working day
- Partner with the engineering lead on feasibility before we commit to a direction

## What success looks like

Success in this role means couriers finish their rounds earlier each quarter, and the whole team can say why the roadmap is ordered as it is.
`

/** The line of MIXED that joins PM and PO work (an error of no-mixed-duties, at column 3). */
export const MIXED_LINE_TEXT = '- Own the courier app roadmap and run sprint planning with the developers'
/** A Product Manager posting with one line that mixes the two jobs. */
export const MIXED = `# Product Manager, Courier App

We make the app couriers use on the road. You are accountable for the courier app roadmap.

## Responsibilities

- Interview couriers about the deliveries that go wrong
${MIXED_LINE_TEXT}
- Define the metrics that tell us whether a release worked
- Work closely with engineering on feasibility

## Success in this role

Success in this role means fewer failed deliveries within a year.
`
export const MIXED_LINE = MIXED.split('\n').indexOf(MIXED_LINE_TEXT) + 1
