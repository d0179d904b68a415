// Files are read with one fstat and decoded with Node's UTF-8 check and decoder. Whatever the
// bytes, that must read the same text as a checking TextDecoder (which drops a leading byte order
// mark), and refuse the same files.
import fc from 'fast-check'
import {mkdtempSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {describe, expect, it} from 'vitest'
import {decodeText, readText} from '../src/files/read.ts'

/** What the reading must say: the text a checking TextDecoder reads, or the fatal finding. */
function expected(bytes: Uint8Array) {
  if (bytes.includes(0)) return {ok: false, fatal: 'File is not UTF-8 text (it contains NUL bytes)'}
  try {
    return {ok: true, text: new TextDecoder('utf-8', {fatal: true}).decode(bytes)}
  } catch {
    return {ok: false, fatal: 'File is not UTF-8 text (invalid byte sequence)'}
  }
}

// Bytes that make UTF-8 hard: a byte order mark, overlong forms, encoded surrogates, code points
// past U+10FFFF, cut sequences, stray continuation bytes, NUL.
const TRICKY = [[0xef, 0xbb, 0xbf], [0xc0, 0x80], [0xe0, 0x80, 0x80], [0xed, 0xa0, 0x80], [0xf4, 0x90, 0x80, 0x80], [0xf0, 0x9f, 0x98, 0x80], [0xe2, 0x82], [0x80], [0xff], [0], [0x41], [0xc3, 0xa9]]
const bytes = fc.oneof(
  fc.uint8Array({maxLength: 24}),
  fc.array(fc.constantFrom(...TRICKY), {maxLength: 8}).map((parts) => Uint8Array.from(parts.flat())),
  fc.string({unit: 'binary', maxLength: 16}).map((s) => new TextEncoder().encode(s)),
)

describe('reading a file as text', () => {
  it('decodes and refuses exactly as a checking TextDecoder does', () => {
    fc.assert(
      fc.property(bytes, (b) => {
        expect(decodeText(b)).toEqual(expected(b))
        // A view into a larger buffer, as a read may give.
        const wide = new Uint8Array(b.length + 4)
        wide.set(b, 2)
        expect(decodeText(wide.subarray(2, 2 + b.length))).toEqual(expected(b))
      }),
      {numRuns: 3000},
    )
  })

  it('reads a whole file, drops one byte order mark, and refuses what is not UTF-8 text', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'jdlint-read-'))
    const text = `# Product Manager\n\n${'Own the roadmap. '.repeat(5000)}é\n`
    writeFileSync(join(dir, 'long.md'), text)
    writeFileSync(join(dir, 'bom.md'), `\ufeff\ufeff# PM\n`)
    writeFileSync(join(dir, 'latin1.md'), Buffer.from([0x43, 0x61, 0x66, 0xe9, 0x0a]))
    writeFileSync(join(dir, 'empty.md'), '')
    expect(await readText(join(dir, 'long.md'), 1 << 20)).toEqual({ok: true, text})
    expect(await readText(join(dir, 'bom.md'), 1 << 20)).toEqual({ok: true, text: '\ufeff# PM\n'})
    expect(await readText(join(dir, 'latin1.md'), 1 << 20)).toEqual({ok: false, fatal: 'File is not UTF-8 text (invalid byte sequence)'})
    expect(await readText(join(dir, 'empty.md'), 1 << 20)).toEqual({ok: true, text: ''})
    expect(await readText(join(dir, 'long.md'), 1000, 'long.md')).toEqual({ok: false, error: expect.stringMatching(/^long\.md: file is \d+(\.\d)? KB, above the 1000 bytes limit/)})
  })
})
