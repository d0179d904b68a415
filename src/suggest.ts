// Suggestions for a mistyped name: the config's keys and rule ids, a directive's name or rule ids,
// `jdlint explain`'s rule id.

/** Edit-distance suggestions: up to `max` candidates close to `name`, nearest first. */
export function nearestNames(name: string, candidates: readonly string[], max = 3): string[] {
  const limit = Math.max(2, Math.floor(name.length / 3))
  return candidates
    .map((candidate) => ({candidate, distance: editDistance(name, candidate)}))
    .filter(({candidate, distance}) => distance <= limit || (name.length > 2 && candidate.includes(name)))
    .sort((a, b) => a.distance - b.distance)
    .slice(0, max)
    .map(({candidate}) => candidate)
}

function editDistance(a: string, b: string): number {
  let previous = Array.from({length: b.length + 1}, (_, j) => j)
  for (let i = 1; i <= a.length; i++) {
    const row = [i]
    for (let j = 1; j <= b.length; j++) {
      row[j] = Math.min(previous[j]! + 1, row[j - 1]! + 1, previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1))
    }
    previous = row
  }
  return previous[b.length]!
}

/** `a`, `a or b`, `a, b or c`. */
export function orList(items: readonly string[]): string {
  return items.length < 2 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} or ${items.at(-1)}`
}

export function didYouMean(near: readonly string[]): string {
  return near.length > 0 ? `; did you mean ${orList(near)}?` : ''
}
