/**
 * The negation words: one list that the duty matcher, the rules' phrase lists and the section
 * headings all read. Written with a straight apostrophe; a curly one means the same.
 */

/** Words that deny every duty after them in their clause ("you won't own the roadmap or the strategy"). */
export const NEGATORS = ['not', 'never', 'cannot', 'neither', 'nor', "won't", "don't", "doesn't", "isn't", "aren't", "wouldn't", "shouldn't", "can't", "didn't"] as const

/**
 * Words that deny only the few words right after them: "no sprint planning", "without a
 * roadmap", "instead run ...". "no" before a hyphen is a compound ("no-code"), not a negation.
 */
export const NEAR_NEGATORS = ['no', 'without', 'instead'] as const

/** Every negator, as a case-insensitive pattern of whole words (either apostrophe). */
export const NEGATION = new RegExp(
  `\\b(?:${[...NEGATORS, ...NEAR_NEGATORS].map((w) => (w === 'no' ? 'no(?!-)' : w.replace("'", "['’]"))).join('|')})\\b`,
  'i',
)
