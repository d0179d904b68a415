import type {RuleDefinition, RuleOptions} from '../src/rule.ts'
import noDetachedPm from './no-detached-pm.ts'
import noExecutionInPmRole from './no-execution-in-pm-role.ts'
import noMixedDuties from './no-mixed-duties.ts'
import noStrategyInPoRole from './no-strategy-in-po-role.ts'
import noTwoJobs from './no-two-jobs.ts'
import noUnvalidatedCustomerVoice from './no-unvalidated-customer-voice.ts'
import requireAccountability from './require-accountability.ts'
import requireSuccessCriteria from './require-success-criteria.ts'
import salaryBand from './salary-band.ts'
import stageFit from './stage-fit.ts'
import titleMatchesDuties from './title-matches-duties.ts'

/** Every rule, sorted by id. */
export const rules: RuleDefinition<RuleOptions>[] = [
  noDetachedPm,
  noExecutionInPmRole,
  noMixedDuties,
  noStrategyInPoRole,
  noTwoJobs,
  noUnvalidatedCustomerVoice,
  requireAccountability,
  requireSuccessCriteria,
  salaryBand,
  stageFit,
  titleMatchesDuties,
] as RuleDefinition<RuleOptions>[]
