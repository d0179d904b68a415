/**
 * The HTML comments of a text, found with indexOf: a regular expression such as
 * `/<!--[\s\S]*?-->/g` rescans to the end for every unclosed `<!--`, which is quadratic.
 */
export function* htmlComments(text: string): Generator<{index: number; length: number; body: string}> {
  let from = 0
  for (;;) {
    const open = text.indexOf('<!--', from)
    if (open < 0) return
    const close = text.indexOf('-->', open + 4)
    // No close: no comment here, nor after (every later `<!--` has no close either).
    if (close < 0) return
    yield {index: open, length: close + 3 - open, body: text.slice(open + 4, close)}
    from = close + 3
  }
}

/** The text with its HTML comments removed. */
export function withoutComments(text: string): string {
  if (!text.includes('<!--')) return text
  let out = ''
  let last = 0
  for (const c of htmlComments(text)) {
    out += text.slice(last, c.index)
    last = c.index + c.length
  }
  return out + text.slice(last)
}
