import type {Family} from '../model.ts'

/**
 * One duty pattern. Patterns are verb + object (matched on stems, so own/owns/owning and
 * prioritise/prioritize meet) or a noun phrase that only one of the two jobs does.
 * Syntax: see `compilePattern` in matcher.ts; `@` marks a first slot that must be a verb.
 */
export interface VocabularyEntry {
  id: string
  family: Family
  pattern: string
  /** Why these words signal this family. */
  note: string
  /** Work a Product Manager does not do (docs/roles.md#what-a-product-manager-does-not-do). */
  execution?: boolean
  /** A pattern that cancels the match when it follows within three words ("interview candidates"). */
  unless?: string
}

/** Verb groups shared by several entries. */
export const MACROS: Record<string, string> = {
  // Verbs of deciding and owning something.
  OWN: 'own|drive|lead|set|define|shape|decide|determine|develop|create|craft|establish|articulate|formulate|champion|steer|build|evolve|refine|sharpen|clarify|hold|manage|maintain|plan|guide|chart|devise|write|frame',
  // Verbs of running a recurring process.
  RUN: 'run|facilitate|lead|host|organize|organise|conduct|manage|own|drive|coordinate|chair|moderate|attend|plan|schedule|prepare',
  // Verbs of keeping a list of work.
  KEEP: 'own|manage|maintain|groom|refine|prioritize|prioritise|order|curate|grow|run|keep|build|execute|organize|organise|update|triage|administer|steward|rank|sequence|look+after|take+care+of|tend|shepherd|nurture|clean+up|tidy|prune|reorder|re+order|reprioritize|reprioritise',
  WRITE: 'write|create|draft|author|define|document|produce|craft|slice|split|refine|prepare|specify|detail|elaborate|own|deliver|develop|translate|write+up|put+together|compose|formulate|flesh+out|spell+out',
  RESEARCH: 'conduct|run|lead|do|perform|plan|drive|own|carry|undertake|facilitate|organize|organise|commission|synthesize|synthesise|analyze|analyse|execute|design',
  LEARN: 'understand|uncover|identify|discover|learn|gather|find|surface|explore|research|investigate|deepen|build|develop|gain|validate|assess|evaluate|spot|unpack|probe|pinpoint|dig+into|get+to+know|get+to+the+bottom+of',
  MEASURE: 'define|set|establish|own|track|monitor|measure|select|report|choose|instrument|analyze|analyse|review|evaluate|develop|create|drive|deliver|hit|achieve|improve|move|grow',
}

/** Requirements, sprint and scope work is execution, which a PM does not do (docs/roles.md). */
export const EXECUTION_FAMILIES: ReadonlySet<Family> = new Set<Family>(['po.requirements', 'po.sprint', 'po.scope'])

const e = (family: Family, id: string, pattern: string, note: string, execution?: boolean): VocabularyEntry => ({
  id,
  family,
  pattern,
  note,
  execution: execution ?? EXECUTION_FAMILIES.has(family),
})

/** The built-in vocabulary for the ten duty families (docs/roles.md#the-two-jobs). */
export const VOCABULARY: VocabularyEntry[] = [
  // pm.research: market and user research, discovery.
  e('pm.research', 'research-conduct', '@$RESEARCH ... research|discovery|interviews|interview', 'running research or discovery is how a PM learns what customers need'),
  e('pm.research', 'research-noun', 'user|customer|market|product|ux|qualitative|quantitative research|discovery', 'user, customer and market research are PM work'),
  e('pm.research', 'research-discovery-noun', 'discovery phase|phases|stage|stages|session|sessions|work|process|interviews|interview|sprint|sprints|track', 'discovery is the PM activity of finding problems worth solving'),
  e('pm.research', 'research-interview', '@interview|shadow|observe|visit|survey ... customers|customer|users|user|clients|client|buyers|people|prospects', 'talking to and watching users is research'),
  {
    ...e('pm.research', 'research-interview-any', '@interview|interviewing|shadow|shadowing', 'interviewing or shadowing the people a product serves is research'),
    unless: 'candidates|candidate|applicants|applicant|hires|engineers|designers|product+managers|product+owners|for',
  },
  e('pm.research', 'research-why', '@understand|learn|discover|uncover|investigate|explore|research|dig why|how+customers|how+users', 'finding out why people behave as they do is research'),
  {
    ...e('pm.research', 'research-talk-any', '@talk|speak|chat|sit to|with', 'talking with the people a product serves (merchants, clinic owners, drivers) is research'),
    unless: 'engineers|engineering|developers|dev|team|teams|stakeholders|stakeholder|leadership|leaders|colleagues|designers|design|sales|marketing|management|executives|execs|partners|product|scrum|recruiters|recruiter|hiring|investors|board|manager|managers|owner|owners|peers|each|one|me|us|you|hr',
  },
  e('pm.research', 'research-figure-out', '@figure+out|find+out|work+out ... which|what|where|why|how', 'working out where users struggle and why is research'),
  e('pm.research', 'research-talk', '@talk|speak|meet ... to|with ... customers|users|clients|buyers|prospects', 'time with customers is continuous sensing'),
  e('pm.research', 'research-needs', '@$LEARN ... needs|problems|problem|pain|pains|jobs|motivations|behaviour|behavior|opportunities|insight|insights|challenges', 'understanding what customers need and what problems are acute'),
  e('pm.research', 'research-market', '@$LEARN|analyze|analyse|study|track|monitor|follow|stay ... market|markets|competitors|competitor|competitive|landscape|trends|industry', 'what competitors do and where the market is heading'),
  e('pm.research', 'research-competitive', 'competitive analysis|landscape|intelligence|research|evaluation|evaluations', 'competitive analysis is market research'),
  e('pm.research', 'research-market-intel', 'market intelligence|insight|insights|trends|analysis|sizing|opportunity|opportunities', 'reading the market is PM research'),
  e('pm.research', 'research-customer-insight', 'customer|user insight|insights|feedback|empathy|understanding', 'first-hand customer insight feeds strategy'),
  e('pm.research', 'research-feedback', '@gather|collect|solicit|seek|get|getting|curate|capture|synthesize|synthesise|obtain ... feedback|insights', 'collecting feedback from users is research'),
  e('pm.research', 'research-validate', '@validate|test|de-risk|derisk ... hypotheses|hypothesis|ideas|idea|assumptions|problems|opportunities|concepts|priorities|solutions|demand', 'validating ideas is the research a PM does'),
  e('pm.research', 'research-usability', 'usability|concept|user testing|tests|test|studies|sessions', 'testing ideas with users is research'),
  e('pm.research', 'research-personas', 'personas|persona|journey+maps|jobs+to+be+done|jtbd', 'personas and jobs-to-be-done come out of research'),
  e('pm.research', 'research-empathy', 'empathy ... users|customers|people', 'building empathy with users is research'),
  e('pm.research', 'research-prototype', 'prototype|prototyping ... test|validate|learn', 'prototypes made to learn are discovery'),
  e('pm.research', 'research-analysis-of', 'analysis|analyses of ... market|markets|competitors|competition|trends|industry|landscape', 'analysis of the market is market research'),
  e('pm.research', 'research-surveys', '@run|design|send|conduct|write|analyze|analyse|field|launch|create ... surveys|survey|questionnaires|questionnaire|polls', 'surveys are research'),
  e('pm.research', 'research-journeys', '@map|chart|draw|trace ... journeys|journey|pain+points|workflows|experiences', 'mapping journeys and pain points is research'),
  e('pm.research', 'research-test-prototypes', '@test|validate|trial ... prototypes|prototype|mockups|mock+ups|concepts', 'testing prototypes and concepts is learning from users, which is research'),
  e('pm.research', 'research-dig-feedback', '@dig|dive|deep+dive|comb|mine ... feedback|reviews|support+tickets|complaints|verbatims|sales+notes|churn+reasons', 'digging into what customers say is research'),
  e('pm.research', 'research-field-calls', '@sit+in|listen|join|attend|shadow|observe|hop ... sales+calls|support+calls|customer+calls|discovery+calls|user+sessions|site+visits|field+visits|ride+alongs', 'listening in on customers is continuous research'),
  e('pm.research', 'research-pulse', 'pulse|finger+on+the+pulse ... customers|customer|users|user|market|markets|industry|competitors|competition', 'keeping a pulse on customers and the market is continuous research'),
  {
    ...e('pm.research', 'research-field', 'time .. in+the+field|on+site|on+the+ground|on+the+shop+floor|with+customers|with+users|with+clients', 'time spent where users work is research'),
    unless: 'of',
  },

  // pm.strategy: which problems, which segments, the value proposition, the vision.
  e('pm.strategy', 'strategy-own', '@$OWN|drive ... strategy|strategies|strategic+direction|direction|vision|visions|positioning*|proposition|differentiation|thesis', 'deciding strategy, vision and positioning is the PM core'),
  e('pm.strategy', 'strategy-product-noun', 'product|business|market|platform|gtm|go+to+market strategy|vision|direction|positioning*|goal', 'a product strategy or vision is the PM job'),
  e('pm.strategy', 'strategy-value-prop', 'value proposition|propositions|prop', 'the value proposition makes the product distinct'),
  e('pm.strategy', 'strategy-segments', '@decide|choose|pick|identify|define|select|target ... segments|segment|markets|personas|problems|problem ... solve|pursue|target|serve|address|to', 'deciding which problems and segments to go after'),
  e('pm.strategy', 'strategy-what-build', '@decide|determine|define|choose ... what|which ... build|ship|becomes|become', 'what to build and why is strategy'),
  e('pm.strategy', 'strategy-decide-which', '@decide|choose|determine|define|pick|figure+out ... which|where|what ... segments|segment|markets|market|problems|problem|bets|bet|opportunities|opportunity|wins|win|compete|play|customers', 'choosing segments, problems and where to win is strategy'),
  e('pm.strategy', 'strategy-market-fit', 'product+market|product market fit', 'product/market fit is strategic'),
  e('pm.strategy', 'strategy-pricing', 'pricing|packaging|monetization|monetisation|business+model|positioning*|messaging', 'pricing and positioning decide how the product competes'),
  e('pm.strategy', 'strategy-growth', '@grow|expand|increase ... market+share|revenue|adoption|user+base|customer+base', 'growth bets are strategic choices'),
  e('pm.strategy', 'strategy-gaps', '@identify|fill|find|spot ... product|market gaps|gap|opportunities|opportunity', 'finding gaps in the product or market is strategy'),
  e('pm.strategy', 'strategy-bet', '@place|make|choose ... bets|bet', 'strategic bets'),
  e('pm.strategy', 'strategy-ownership', 'ownership|owner|definition of ... strategy|strategies|vision|direction|positioning*', 'ownership or definition of the strategy is deciding it'),
  e('pm.strategy', 'strategy-where-go', '@decide|determine|define|set|shape|chart|figure+out where .. product|business|platform|company|we|offering .. go|goes|head|heads|should+go|needs+to+go|is+going|is+heading|compete|play|win', 'deciding where the product goes is strategy'),
  e('pm.strategy', 'strategy-the-why', '@own|define|set|shape|decide ... the+why', 'owning why the team builds what it builds is strategy'),
  e('pm.strategy', 'strategy-business-case', '@build|make|write|develop|own|prepare|shape ... business+case|business+cases|investment+case|investment+cases', 'a business case argues which bets the product should make'),
  e('pm.strategy', 'strategy-new-markets', '@$LEARN|spot|pursue|open|enter|expand+into ... new+markets|adjacent+markets|revenue+streams|growth+opportunities|new+segments|business+opportunities|new+business+lines', 'finding new markets and revenue streams is strategy'),

  // pm.roadmap: owning the roadmap and trade-offs between opportunities.
  e('pm.roadmap', 'roadmap-own', '@$OWN|communicate|present|share|evangelize|evangelise|prioritize|prioritise|update|curate|influence|inform|drive|run ... roadmap|roadmaps', 'owning the roadmap is the PM decision "A before B because..."'),
  e('pm.roadmap', 'roadmap-noun', 'product|team|technology|quarterly|strategic|feature roadmap|roadmaps|roadmapping|prioritization|prioritisation', 'the product roadmap belongs to the PM'),
  e('pm.roadmap', 'roadmap-prioritize', '@prioritize|prioritise|rank|sequence|weigh ... opportunities|opportunity|features|feature|initiatives|initiative|investments|investment|bets|problems|themes|work|projects|development|priorities|ideas|outcomes|requests|epics', 'trade-offs between competing opportunities'),
  e('pm.roadmap', 'roadmap-tradeoffs', 'trade+offs|tradeoffs|trade+off|tradeoff .. between|among|across ... opportunities|priorities|bets|investments|initiatives|features', 'making trade-offs between opportunities is roadmap work'),
  e('pm.roadmap', 'roadmap-validate-priorities', '@validate|set|define|establish|decide|determine ... priorities|priority', 'setting priorities decides what comes first'),
  e('pm.roadmap', 'roadmap-what-next', 'what ... build|ship|work .. next', 'deciding what comes next is roadmap work'),
  e('pm.roadmap', 'roadmap-ownership', 'ownership|owner of ... roadmap|roadmaps|roadmapping', 'ownership of the roadmap is owning it'),
  e('pm.roadmap', 'roadmap-calls', '@make|own|take ... prioritization|prioritisation|priority|trade+off|tradeoff calls|call|decisions|decision', 'making the priority and trade-off calls is roadmap work'),
  e('pm.roadmap', 'roadmap-competing', '@balance|weigh|arbitrate|resolve|reconcile|navigate ... competing+priorities|competing+demands|conflicting+priorities|competing+requests|competing+needs|competing+bets', 'settling competing priorities is the roadmap trade-off (the guide: competing priorities are pm.roadmap)'),
  e('pm.roadmap', 'roadmap-choose-between', '@choose|decide|pick ... between|among ... opportunities|options|bets|initiatives|investments|themes', 'choosing between opportunities is roadmap work'),

  // pm.metrics: KPIs, OKRs, instrumentation, "did it work".
  e('pm.metrics', 'metrics-define', '@$MEASURE ... metrics|metric|kpis|kpi|okrs|okr|key+results|krs|success+criteria|success+measures|analytics|instrumentation|north+star|retention|engagement|usage|adoption|conversion|churn', 'defining and owning success metrics is PM work'),
  e('pm.metrics', 'metrics-noun', 'kpis|kpi|okrs|okr|key+results|north+star|success+metrics|success+metric|a+b+test|a+b+tests|cohort+analysis|funnel+analysis|product+analytics|instrumentation|measurable+outcomes', 'success metrics and analytics are how a PM knows if it worked'),
  e('pm.metrics', 'metrics-success-looks', 'success|winning looks', 'defining what success looks like'),
  e('pm.metrics', 'metrics-measure', '@measure|measuring|quantify|evaluate ... success|impact|value|progress|performance|effectiveness|results|outcome|outcomes', 'measuring whether a product direction worked'),
  e('pm.metrics', 'metrics-data-decisions', 'data ... decisions|decision|decide|prioritization|guide|inform|drive|enhancements', 'data-informed product decisions'),
  e('pm.metrics', 'metrics-data-driven', 'data+driven|data+informed|data+based|evidence+based|metrics+driven', 'data-driven decision making'),
  e('pm.metrics', 'metrics-experiments', '@run|design|launch|analyze|analyse ... experiments|experiment|a+b', 'experiments measure whether a change worked'),
  e('pm.metrics', 'metrics-analysis-of', 'analysis|analyses of ... usage|data|metrics|funnels|funnel|experiments|behaviour|behavior|results|kpis', 'analysis of usage and results says whether it worked'),
  e('pm.metrics', 'metrics-dig-data', '@dig|dive|deep+dive|mine ... data|usage|analytics|funnels|funnel|numbers|metrics|cohorts', 'digging into usage data is analytics'),
  e('pm.metrics', 'metrics-dashboards', '@build|create|own|set+up|maintain|define|design ... dashboards|dashboard|tracking+plan|tracking+plans|event+tracking|telemetry', 'dashboards and tracking plans are instrumentation'),
  e('pm.metrics', 'metrics-instrument', '@instrument|instrumenting ... flow|flows|features|feature|product|products|funnel|funnels|journeys|journey|app|apps|releases|release|onboarding|events|experiments|launches|pages|screens|experience', 'instrumenting the product is PM metrics work'),
  e('pm.metrics', 'metrics-worked', 'whether|if|know|tell ... worked|succeeded|landed|paid+off|pays+off|moved+the+needle|made+a+difference', 'knowing whether a release worked is metrics'),
  e('pm.metrics', 'metrics-outcomes', '@track|monitor|own|report|review|assess ... outcomes|impact|results|performance ... features|feature|releases|release|launches|launch|product|experiments|changes|bets', 'tracking the outcomes of what ships is metrics'),
  e('pm.metrics', 'metrics-define-success', '@define|agree|decide|determine|spell+out ... success|what+good+looks', 'saying what success is for a release is metrics work'),

  // pm.alignment: cross-functional alignment on strategy and priorities.
  e('pm.alignment', 'alignment-align', '@align|rally|unite|galvanize ... stakeholders|teams|team|sales|leadership|organization|organisation|company|executives|everyone|functions|partners|people', 'aligning sales, CS, engineering and design on the strategy'),
  e('pm.alignment', 'alignment-noun', 'alignment|buy+in|consensus ... on|around|across|with|among', 'building alignment or buy-in across functions'),
  e('pm.alignment', 'alignment-drive', '@drive|build|create|ensure|achieve|secure|foster|gain|get|win ... alignment|buy+in|consensus', 'building alignment or buy-in across functions'),
  e('pm.alignment', 'alignment-communicate', '@communicate|evangelize|evangelise|share|present|articulate|explain|convey|socialize|socialise|tell ... vision|strategy|priorities|direction|narrative|why', 'telling the organization where the product is going and why'),
  e('pm.alignment', 'alignment-cross-functional', 'cross+functional alignment|leadership', 'cross-functional alignment'),
  e('pm.alignment', 'alignment-behind', '@get|bring|keep|rally|win|line+up ... leadership|stakeholders|sales|teams|executives|execs|everyone|company|organization|organisation|support|marketing|engineering|design|people|functions ... behind|along|on+board|onboard|in+the+same+direction|on+the+same+page', 'getting the organization behind the direction is alignment'),
  e('pm.alignment', 'alignment-evangelize', '@evangelize|evangelise|champion|advocate|promote|represent ... product|roadmap|vision|strategy|direction ... internally|inside|within|across|throughout', 'championing the product inside the company is alignment'),

  // po.requirements: breaking priorities into concrete, estimable work.
  e('po.requirements', 'req-stories', '@$WRITE|meticulous|review ... user+stories|stories|story|acceptance+criteria|specifications|specification|specs|spec|tickets|requirements|backlog+items|use+cases|epics|prds|prd|requirement', 'writing stories, specs and acceptance criteria is PO work'),
  e('po.requirements', 'req-user-stories', 'user stories|story', 'user stories are the PO\'s unit of work', true),
  e('po.requirements', 'req-acceptance', 'acceptance criteria|tests|test', 'acceptance criteria make work estimable', true),
  e('po.requirements', 'req-detailed', 'detailed|functional|technical|feature|product|business|non+functional requirements|requirement|specifications|specification|specs|spec', 'detailed requirements and specifications are PO work', true),
  e('po.requirements', 'req-ready-done', 'definition|definitions ... ready|done', 'definitions of ready and done govern the team\'s work', true),
  e('po.requirements', 'req-gather', '@gather|collect|capture|elicit|record|identify|identification|recording|clarify|document ... requirements|requirement', 'collecting and clarifying requirements', true),
  e('po.requirements', 'req-break-down', '@break|breaking|breaks|decompose|slice|split|turn|translate|translating|convert ... into|down ... stories|tasks|tickets|work|requirements|epics|items|increments|deliverables|schedule|backlog|plan|plans', 'turning a priority into concrete, estimable work'),
  e('po.requirements', 'req-translate-goals', '@translate|translating|turn|convert|break ... goals|strategy|vision|priorities|roadmap|initiatives|objectives ... into', 'translating someone\'s strategy into work is PO work'),
  e('po.requirements', 'req-compound', 'requirements engineering|management|analysis|gathering|elicitation|definition|documentation|specification|writing', 'requirements engineering is PO work'),
  e('po.requirements', 'req-ticket-writing', 'ticket writing|grooming|refinement', 'writing tickets is PO work', true),
  e('po.requirements', 'req-documentation', 'document|documentation ... features|feature|functionality|changes|details', 'documenting features for the team'),
  e('po.requirements', 'req-definition-of', 'definition|owner|ownership of ... requirements|requirement|stories|acceptance+criteria|specifications|specs', 'definition of requirements and stories is requirements work'),
  e('po.requirements', 'req-elicit', '@elicit|eliciting|elicits ... needs|requirements|requirement|expectations|input|rules|criteria', 'eliciting needs for the team to build is requirements work (the elicitation chain is one requirements duty)'),
  e('po.requirements', 'req-chain', '@$LEARN|elicit|collect|capture|gather ... needs|pain+points|problems|requirements|feedback|input ... and|then|to ... write|turn|translate|convert|capture|document|break ... stories|story|requirements|specifications|specs|tickets|epics|backlog+items|acceptance+criteria', 'learning the needs in order to write the specs is one requirements duty (the elicitation chain)'),
  e('po.requirements', 'req-processes', '@map|model|document|analyze|analyse|describe ... business+processes|business+process|process+flows|data+flows|as+is|to+be', 'mapping the business processes a feature changes is requirements analysis'),
  e('po.requirements', 'req-ready-items', '@prepare|ready|get ... stories|items|tickets|epics ... ready|sprint+ready|for+refinement|for+planning|for+the+sprint|for+development', 'getting stories ready for the sprint is requirements work', true),
  e('po.requirements', 'req-spell-out', '@write+down|spell+out|flesh+out|map+out|lay+out|nail+down|pin+down|work+out ... behaviour|behavior|edge+cases|business+rules|rules|flows|workflows|logic|scenarios|details|states|validations|screens|fields|stories|epics|requirements', 'spelling out behaviour, rules and edge cases is requirements work'),
  e('po.requirements', 'req-edge-cases', 'edge+cases|corner+cases|business+rules|gherkin|given+when+then|bdd+scenarios|functional+specs|functional+specifications', 'edge cases and business rules are detailed requirements', true),
  e('po.requirements', 'req-workshops', 'requirements|requirement|refinement|story+writing|specification workshops|workshop|sessions|session|interviews', 'requirements workshops collect what the team will build'),
  e('po.requirements', 'req-ensure-clear', '@ensure|make+sure|guarantee .. stories|requirements|specs|specifications|acceptance+criteria|tickets|items are|is|get|be|stay|remain .. written|clear|ready|understood|complete|unambiguous|defined|detailed|testable', 'making sure the work is specified well enough to build is requirements work'),

  // po.engineering: daily partnership with engineers on feasibility and trade-offs.
  e('po.engineering', 'eng-feasibility', 'feasibility|feasible|technical+implementation|implementation+methods|implementation+details|technical+trade+offs|technical+tradeoffs|technical+constraints', 'feasibility and implementation trade-offs are worked out with engineers'),
  e('po.engineering', 'eng-daily', 'daily|day+to+day|closely|embedded ... with ... engineers|engineering|developers|development|dev', 'working with engineering daily'),
  e('po.engineering', 'eng-test', '@test|tests|testing|qa|accept ... product|features|feature|stories|builds|releases|increments', 'hands-on testing of what the team builds'),
  e('po.engineering', 'eng-answer', '@answer|respond|field ... questions ... team|engineers|developers', 'being there for the team\'s questions'),
  e('po.engineering', 'eng-pair', '@pair|sit ... with|alongside|beside ... developers|developer|engineers|engineer|engineering|devs|qa|testers|architects', 'pairing and sitting with engineers is day-to-day partnership'),
  e('po.engineering', 'eng-available', '@be|stay|remain available|reachable|on+hand|accessible ... developers|engineers|team|squad|devs|engineering', 'being there for the team\'s questions'),
  e('po.engineering', 'eng-accept-work', '@sign+off|accept|reject|approve|review|verify|check ... completed|finished|delivered|done|developed|implemented|built ... stories|story|work|features|feature|increments|tickets|items|builds', 'reviewing and accepting the team\'s work is engineering partnership'),
  e('po.engineering', 'eng-acceptance-noun', 'user+acceptance+testing|uat|sign+off|signoff|sign+offs', 'acceptance and sign-off of built work is engineering partnership'),
  e('po.engineering', 'eng-clarify-questions', '@answer|resolve|clarify|field|handle ... questions|queries|doubts ... developers|engineers|devs|squad|qa', 'answering developers\' questions is engineering partnership'),
  e('po.engineering', 'eng-hand-in-hand', 'hand+in+hand|side+by+side|shoulder+to+shoulder ... with|alongside ... engineers|engineering|developers|development|devs|dev+team|tech+lead', 'working side by side with engineers is day-to-day partnership'),

  // po.scope: protecting scope, v1 not v2, triage.
  e('po.scope', 'scope-manage', '@protect|manage|managing|control|negotiate|own|guard|define|cut|reduce|limit|contain ... scope|scoping', 'protecting the scope of a feature so it ships', true),
  e('po.scope', 'scope-noun', 'scope creep|changes|change|management|definition|trade+offs|decisions', 'scope management', true),
  e('po.scope', 'scope-triage', '@triage|triaging|triages ... bugs|bug|requests|issues|feedback|tickets|defects|incidents', 'triaging bugs and requests into this sprint or later', true),
  e('po.scope', 'scope-delivery-tradeoffs', 'trade+offs|tradeoffs|decisions ... during|in ... delivery|implementation|execution|development|sprint|sprints', 'trade-offs made while work is being built', true),
  e('po.scope', 'scope-sprint-or-release', '@decide|choose|prioritize|prioritise|triage ... what|which ... sprint|sprints|release|releases|iteration', 'deciding what goes into this sprint or the next release is scope triage'),
  e('po.scope', 'scope-settle', '@settle|agree|lock|fix|confirm|finalize|finalise|freeze|shape|balance|adjust|trim|tighten|keep|narrow|rightsize|right+size|agree+on|decide+on|set ... scope|scopes', 'settling or tightening what an iteration or release holds is scope work', true),
  e('po.scope', 'scope-release-content', '@decide|define|determine|agree|settle|plan|select|choose|negotiate|confirm|own ... what|which ... goes|go|gets|get|makes|make|lands|land ... into|in ... release|releases|sprint|sprints|iteration|iterations|increment|increments|version|versions|mvp|v1', 'deciding what goes into a release or iteration is scope work', true),
  e('po.scope', 'scope-content-noun', 'release|sprint|iteration|increment|mvp scope|content|contents|boundaries', 'the content of a release or iteration is its scope', true),
  e('po.scope', 'scope-push-back', '@push+back|say+no ... on|to ... requests|request|features|feature|ideas|demands|asks|changes|additions|scope', 'saying no to additions protects what ships', true),
  e('po.scope', 'scope-defer', '@defer|postpone|park|descope|de+scope|push|move ... features|feature|requests|ideas|stories|items|work ... later|next+release|next+version|future+release|v2', 'moving good ideas to a later version is scope work', true),
  e('po.scope', 'scope-change-requests', 'change requests|request|control', 'handling change requests is scope protection', true),
  e('po.scope', 'scope-requests', '@manage|handle|log|collect|sort|route|assess|filter|field|funnel|process ... feature+requests|change+requests|incoming+requests|ad+hoc+requests|customer+requests|stakeholder+requests|requests+from', 'handling incoming requests is triage into this sprint or later', true),
  e('po.scope', 'scope-cut', '@decide|choose|agree|know|judge ... what|which ... cut|drop|defer|leave+out|descope|to+cut|to+drop|to+defer|to+leave', 'deciding what to cut protects what ships', true),
  e('po.scope', 'scope-mvp', 'mvp|mvps|v1|v2|minimum+viable|makes+the+cut|make+the+cut|re+scope|rescope|descope|de+scope|scope+down', 'deciding what goes in v1', true),

  // po.sprint: sprints, standups, backlog, unblocking, delivery.
  e('po.sprint', 'sprint-ceremonies', 'sprint planning|plannings|reviews|review|goals|goal|cycle|cycles|cadence|demos|demo|backlog|backlogs', 'sprint ceremonies are execution', true),
  e('po.sprint', 'sprint-run', '@$RUN ... sprints|sprint|standups|standup|stand+ups|stand+up|ceremonies|ceremony|retrospectives|retrospective|retros|scrum|kanban|iterations|iteration|agile|planning+poker', 'running sprints and ceremonies is execution', true),
  e('po.sprint', 'sprint-standup', 'daily standup|standups|stand+up|stand+ups|scrum|scrums', 'standups are execution', true),
  e('po.sprint', 'sprint-backlog', '@$KEEP ... backlog|backlogs|tickets|jira|board', 'managing the backlog is PO work', true),
  e('po.sprint', 'sprint-backlog-noun', 'backlog management|grooming|refinement|refinements|prioritization|prioritisation|items|health|hygiene', 'backlog management is PO work', true),
  e('po.sprint', 'sprint-backlog-ownership', 'ownership|owner|delivery of ... backlog|backlogs|sprint|sprints|releases|increments', 'ownership of the backlog or delivery of sprints is execution', true),
  e('po.sprint', 'sprint-groomed', 'groomed|prioritized|prioritised|refined|healthy|ordered ... backlog|backlogs', 'a groomed backlog is PO work', true),
  e('po.sprint', 'sprint-execution', '@drive|own|lead|manage|oversee|ensure|deliver|run|execute ... execution|delivery|deliveries|releases|release', 'driving execution and delivery is PO work', true),
  e('po.sprint', 'sprint-day-to-day', 'day+to+day|daily priorities|priority|execution|delivery|decisions|operations|work|management', 'day-to-day priorities are sprint execution', true),
  e('po.sprint', 'sprint-release-goal', 'sprint|release|iteration|increment goal|goals|objective|objectives', 'a sprint or release goal is execution, not product strategy'),
  e('po.sprint', 'sprint-ensure-ships', '@ensure|make+sure ... ships*|shipped*|delivered*|released*|lands*|on+time', 'making sure work ships is execution'),
  e('po.sprint', 'sprint-due-when', 'what+is+due|due+when|due+dates', 'knowing what is due when is project management'),
  e('po.sprint', 'sprint-unblock', 'unblock|unblocking|unblocks|impediments|impediment|blockers|blocker|roadblocks|roadblock', 'keeping engineering unblocked', true),
  e('po.sprint', 'sprint-remove', '@remove|removing|clear|resolve ... obstacles|barriers|dependencies|dependency', 'clearing the team\'s path', true),
  e('po.sprint', 'sprint-project-management', 'project management|plans|plan|timelines|timeline|schedules|schedule', 'project management is what a PM does not do', true),
  e('po.sprint', 'sprint-manage-projects', '@manage|coordinate|track|drive ... projects|project|timelines|deadlines|milestones|dependencies|tasks|releases|handoffs|workstreams|frontend|backend', 'managing projects and timelines is execution', true),
  e('po.sprint', 'sprint-deadlines', 'timelines|deadlines|deliverables|milestones ... met|hit|meet|on+time', 'ensuring deadlines are met is execution', true),
  e('po.sprint', 'sprint-passive-met', 'timelines|deadlines|deliverables|milestones|dates|commitments|sprint+goals|releases are|is|get|gets|be|were|stay|remain met|hit|kept|achieved|delivered|respected|on+track|on+time|on+schedule', 'making sure milestones are met is project management (passive duties count)', true),
  e('po.sprint', 'sprint-on-time', 'on+time|on+schedule|within+budget ... delivery|delivered|deliver|ship|shipped', 'on-time delivery is execution', true),
  e('po.sprint', 'sprint-velocity', 'velocity|burndown|burn+down|release+plan|release+planning|execution+schedule|development+schedule|delivery+schedule|sprint+cycle|agile+practice|agile+process|agile+processes|agile+ceremonies|scrum+events|scrum+ceremonies', 'sprint metrics and plans are execution', true),
  e('po.sprint', 'sprint-execute-against', '@execute|deliver|implement|build ... against|on|to ... roadmap|plan|vision', 'delivering against somebody else\'s roadmap is PO work', true),
  e('po.sprint', 'sprint-build-execute', '@execute ... vision|backlog|backlogs|deliverables', 'executing the backlog is PO work', true),
  e('po.sprint', 'sprint-lifecycle', '@run|manage|drive|own|lead|oversee|coordinate ... development|delivery|project lifecycle|life+cycle|lifecycles', 'running the development lifecycle is execution', true),

  // Project management and delivery in other words (issue 11, failure class 4): the guide's
  // "plans, coordinates, estimates, schedules, tracks delivery, timelines, milestones, budgets, risks".
  e('po.sprint', 'sprint-capacity', '@estimate|plan|forecast|assess|manage|balance|allocate|track|model|calculate|understand ... capacity|capacities|bandwidth|throughput', 'knowing what the team can take on is sprint planning', true),
  e('po.sprint', 'sprint-capacity-noun', 'capacity|resource|resourcing|workload planning|allocation|management|forecasting|forecasts|forecast', 'planning people\'s time is project management', true),
  e('po.sprint', 'sprint-allocate', '@allot|allocate|assign|distribute|budget|ration|apportion|divide ... hours|time|effort|resources|tasks|work|people|engineers|developers|capacity|staff|budget|budgets', 'sharing out hours, people and tasks is project management', true),
  e('po.sprint', 'sprint-estimate', '@estimate|size|point|forecast ... work|stories|story|effort|tasks|tickets|items|features|epics|backlog|projects|deliverables|releases|timelines|costs|cost', 'estimating work is planning the iteration', true),
  e('po.sprint', 'sprint-estimate-noun', 'estimation|estimations|story+points|story+pointing|effort+estimates|work+estimates', 'estimates are sprint planning', true),
  e('po.sprint', 'sprint-dates', '@set|agree|commit|forecast|negotiate|plan|track|hit|meet|fix|estimate|own|protect|manage|keep|schedule ... dates*|deadlines|deadline|timeframes|timeframe|timescales|eta|etas|due+dates', 'setting and keeping dates is project management', true),
  e('po.sprint', 'sprint-dates-noun', 'release|delivery|ship|shipping|launch|target|completion|go+live dates|date|deadlines|deadline', 'delivery dates are project management', true),
  e('po.sprint', 'sprint-realistic', 'realistic|achievable|credible|reliable|predictable ... dates|date|timelines|timeline|plans|deadlines|schedules|schedule|commitments|forecasts|estimates|delivery', 'plans and dates the team can keep are project management', true),
  e('po.sprint', 'sprint-coordinate', '@coordinate|orchestrate|synchronize|synchronise|sync|sequence|schedule|oversee ... releases|release|rollouts|rollout|deployments|deployment|delivery|deliveries|workstreams|handoffs|hand+offs|dependencies|go+lives|launches', 'coordinating releases and delivery is project management', true),
  e('po.sprint', 'sprint-across-teams', '@coordinate|orchestrate|synchronize|synchronise|sync|plan|manage|deliver|align ... work|delivery|efforts|activities|releases|plans|priorities ... across|between|among ... teams|squads|tribes|trains|groups|vendors|suppliers', 'coordinating delivery across squads is project management', true),
  e('po.sprint', 'sprint-multi-team', 'cross+team|cross+squad|multi+team|inter+team dependencies|delivery|coordination|releases|planning', 'cross-team delivery is project management', true),
  e('po.sprint', 'sprint-bugs', '@log|file|record|track|rank|order|prioritize|prioritise|sort|manage|groom|sequence|raise|monitor|reproduce|chase ... bugs|bug|defects|defect|bug+reports', 'logging and ranking defects is backlog work (the guide: prioritising bugs is sprint work)', true),
  e('po.sprint', 'sprint-order-items', '@prioritize|prioritise|reprioritize|reprioritise|rank|order|sequence|groom|refine|re+prioritize|re+prioritise ... stories|story|tasks|task|tickets|ticket|work+items|backlog+items|items|enhancements|fixes|requirements', 'ordering stories, tasks and requirements is backlog work, not roadmap work (issue 11, class 5)', true),
  e('po.sprint', 'sprint-out-the-door', 'out+the+door|over+the+line|across+the+line|over+the+finish+line|into+production|to+production', 'getting work shipped is delivery', true),
  e('po.sprint', 'sprint-see-through', '@see|carry|follow|take|bring|drive ... through ... completion|delivery|release|launch|production|done', 'seeing work through to release is delivery', true),
  e('po.sprint', 'sprint-cadence', '@ship|release|deliver|deploy ... predictably|regularly|incrementally|frequently|reliably|continuously|on+cadence', 'shipping on a steady rhythm is delivery', true),
  e('po.sprint', 'sprint-release-process', 'release|delivery|shipping|deployment cadence|calendar|management|readiness|coordination|rhythm|process|processes|governance|checklist', 'the release process is delivery work', true),
  e('po.sprint', 'sprint-progress', '@track|monitor|follow|chase|oversee|review|manage|own|mitigate|log|escalate|flag|identify|raise ... progress|slippage|delays|delay|risks|risk|raid|burn+down', 'tracking progress, slippage and risks is project management', true),
  e('po.sprint', 'sprint-remove-slows', '@remove|clear|fix|resolve|tackle ... whatever|anything|what|things ... slows|slow|blocks|block|gets+in+the+way|stands+in+the+way|holds+back', 'removing what slows the team down is unblocking', true),
  e('po.sprint', 'sprint-flow', 'wip|wip+limits|work+in+progress|flow+of+work|work+flowing', 'keeping work flowing is execution', true),
  e('po.sprint', 'sprint-syncs', 'daily syncs|sync|check+ins|check+in|huddles|huddle', 'the daily sync is a stand-up by another name', true),
  e('po.sprint', 'sprint-pi-planning', 'pi+planning|program+increment|programme+increment|increment+planning|big+room+planning|iteration+planning', 'increment planning is sprint planning at scale', true),
  e('po.sprint', 'sprint-budget', '@own|manage|control|hold|set|plan|forecast ... budget|budgets|spend|costs', 'owning a budget is project management, which a PM does not do', true),

  // po.stakeholders: explaining what ships and its limits; setting expectations.
  e('po.stakeholders', 'stake-expectations', '@set|manage|managing|align|reset ... expectations|expectation', 'setting expectations about what ships'),
  e('po.stakeholders', 'stake-informed', '@keep|keeping ... stakeholders|leadership|clients|customers|sales|teams|everyone|partners ... informed|updated|up+to+date|aware', 'keeping stakeholders informed about what ships'),
  e('po.stakeholders', 'stake-explain-ship', '@explain|communicate|present|demo|demonstrate|show|share|announce ... progress|status|releases|release|changes|updates|what+is+shipping|what+shipping|what+ships|what+we+ship|what+is+being+built|what+being+built|limits', 'explaining what is being built to the business'),
  e('po.stakeholders', 'stake-report-progress', '@report|flag|escalate|surface|communicate|relay ... progress|status|risks|delays|slippage|timelines|dates|changes ... to|for|with ... stakeholders|leadership|management|executives|sales|business|customers|clients|partners|support|teams|everyone', 'reporting progress and risks to the business is stakeholder work'),
  e('po.stakeholders', 'stake-demo', '@demo|demonstrate|showcase|present|show|walk ... features|feature|releases|release|functionality|increments|changes|work|product ... to|with|for ... sales|support|success|customers|clients|stakeholders|leadership|business|users|executives|partners|marketing', 'showing what ships to the business is stakeholder work'),
  e('po.stakeholders', 'stake-tell-coming', '@tell|brief|update|explain|let ... sales|support|success|leadership|customers|clients|stakeholders|marketing|business|partners|executives ... what|when|how .. is+coming|is+next|is+shipping|is+changing|is+planned|to+expect|comes+next|ships|lands|works|behaves|coming|next', 'telling the business what is coming and what is not is stakeholder work'),
  e('po.stakeholders', 'stake-support-questions', '@answer|field|handle|resolve ... questions|queries ... from ... support|sales|customers|clients|stakeholders|business|success|account+managers|operations', 'answering the business\'s questions about the product is stakeholder work'),
  e('po.stakeholders', 'stake-in-the-loop', '@keep|keeping ... stakeholders|leadership|clients|customers|sales|support|teams|everyone|partners|business|management ... in+the+loop|posted|in+the+picture', 'keeping the business in the loop about what ships'),
  e('po.stakeholders', 'stake-steering', '@run|host|lead|facilitate|prepare|chair ... stakeholder+reviews|stakeholder+review|stakeholder+demos|stakeholder+meetings|steering+committees|steering+committee|steering+meetings|steerco', 'running the reviews where the business sees what ships is stakeholder work'),
  e('po.stakeholders', 'stake-point-of-contact', 'point+of+contact|go+to+person|in+house+expert|product+updates|release+notes|status+updates|status+reports', 'being the one the business asks about what ships'),
  e('po.stakeholders', 'stake-enable-sales', '@enable|equip|train|arm ... sales|support|success|customer|teams|team|partners', 'enabling sales and support with what ships'),
  e('po.stakeholders', 'stake-decks', '@build|create|prepare|produce|make|write|deliver|develop ... decks|deck|slides|powerpoint|powerpoints|presentations|collateral', 'building slide decks, which a PM does not do', true),
  e('po.stakeholders', 'stake-decks-noun', 'pitch|sales|slide|demo decks|deck|collateral|narratives|presentations|powerpoints', 'sales decks and collateral are enablement work', true),
]

/** Words after which a duty is somebody else's that the hire supports or joins ("contribute to the vision"). */
export const SUPPORT_VERBS = new Set(['contribute', 'support', 'assist', 'help', 'input', 'participate', 'inform'])
