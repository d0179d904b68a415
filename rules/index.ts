import type {RuleDefinition, RuleOptions} from '../src/rule.ts'
import noExecutionInPmRole from './no-execution-in-pm-role.ts'
import noMixedDuties from './no-mixed-duties.ts'
import noStrategyInPoRole from './no-strategy-in-po-role.ts'
import noTwoJobs from './no-two-jobs.ts'
import titleMatchesDuties from './title-matches-duties.ts'

/** Every rule, sorted by id. */
export const rules: RuleDefinition<RuleOptions>[] = [
  noExecutionInPmRole,
  noMixedDuties,
  noStrategyInPoRole,
  noTwoJobs,
  titleMatchesDuties,
] as RuleDefinition<RuleOptions>[]
