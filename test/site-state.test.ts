// The playground's address and settings, without a browser: the #text= link form, the stage
// written into front matter (and read back by the engine), and the equivalent config.
import {readFileSync} from 'node:fs'
import {describe, expect, it} from 'vitest'
import {lintText} from '../src/engine/lint-text.ts'
import {configFor, decodeText, encodeText, makeHash, parseHash, withStage} from '../site/state.ts'

const POSTING = '# Product Owner, Café Tills\n\n- Write user stories — for the baristas 🙂\n'

describe('playground links', () => {
  it('carry the posting as base64url of its UTF-8 bytes', () => {
    const encoded = encodeText(POSTING)
    expect(encoded).toMatch(/^[A-Za-z0-9_-]+$/)
    expect(encoded).toBe(Buffer.from(POSTING, 'utf8').toString('base64url'))
    expect(decodeText(encoded)).toBe(POSTING)
    expect(decodeText(Buffer.from('a'.repeat(70000)).toString('base64url'))).toHaveLength(70000)
  })

  it('read base64url with its padding, which RFC 4648 section 5 allows', () => {
    expect(decodeText('SGk=')).toBe('Hi')
    expect(decodeText('SA==')).toBe('H')
    const padded = Buffer.from(POSTING, 'utf8').toString('base64').replace(/\+/g, '-').replace(/\//g, '_')
    expect(padded).toMatch(/=$/)
    expect(decodeText(padded)).toBe(POSTING)
    expect(parseHash(`#text=${encodeURIComponent('SGk=')}`)).toMatchObject({text: 'Hi', broken: false})
    // Padding only at the end, only to a multiple of four, never three.
    expect(decodeText('SG=k')).toBeNull()
    expect(decodeText('SGk==')).toBeNull()
    expect(decodeText('S===')).toBeNull()
    expect(decodeText('====')).toBeNull()
  })

  it('refuse what is not base64url of UTF-8', () => {
    expect(decodeText('a+b/')).toBeNull()
    expect(decodeText('abcde')).toBeNull()
    expect(decodeText('abcde===')).toBeNull()
    expect(decodeText(Buffer.from([0xff, 0xfe, 0x41]).toString('base64url'))).toBeNull()
    expect(parseHash('#text=%%%')).toMatchObject({text: null, broken: true})
  })

  it('keep the rules set away from their defaults, and drop unknown severities', () => {
    const hash = makeHash(POSTING, {'no-two-jobs': 'off', 'stage-fit': 'error'})
    expect(hash).toBe(`#text=${encodeText(POSTING)}&rules=no-two-jobs:off,stage-fit:error`)
    expect(parseHash(hash)).toEqual({text: POSTING, severities: {'no-two-jobs': 'off', 'stage-fit': 'error'}, broken: false})
    expect(parseHash('#rules=no-two-jobs:loud,salary-band:warn').severities).toEqual({'salary-band': 'warn'})
  })
})

describe('the company stage setting', () => {
  it('adds front matter the engine reads the stage from', () => {
    const text = withStage(POSTING, 'b-c')
    expect(text).toBe(`---\nstage: Series B\n---\n\n${POSTING}`)
    expect(lintText(text).posting).toMatchObject({stage: 'b-c', stageSource: 'front-matter'})
    expect(lintText(withStage(POSTING, 'seed-a')).posting?.stage).toBe('seed-a')
    expect(lintText(withStage(POSTING, 'd-public')).posting?.stage).toBe('d-public')
  })

  it('replaces a stage already there and keeps the other keys', () => {
    const text = '---\ntitle: Product Owner\nstage: Series C\nsalary: $150K\n---\n# Product Owner\n'
    expect(withStage(text, 'seed-a')).toBe('---\ntitle: Product Owner\nstage: Seed\nsalary: $150K\n---\n# Product Owner\n')
    expect(withStage(text, null)).toBe('---\ntitle: Product Owner\nsalary: $150K\n---\n# Product Owner\n')
  })

  it('removes front matter that held only the stage', () => {
    expect(withStage(withStage(POSTING, 'd-public'), null)).toBe(POSTING)
    expect(withStage(POSTING, null)).toBe(POSTING)
  })
})

describe('the equivalent .jdlintrc.json', () => {
  it('names only the rules set away from their defaults, sorted', () => {
    const defaults = {'no-two-jobs': 'error', 'stage-fit': 'warn', 'salary-band': 'warn'} as const
    expect(JSON.parse(configFor({'stage-fit': 'off', 'no-two-jobs': 'error', 'salary-band': 'error'}, defaults))).toEqual({rules: {'salary-band': 'error', 'stage-fit': 'off'}})
    expect(Object.keys(JSON.parse(configFor({'stage-fit': 'off', 'salary-band': 'error'}, defaults)).rules)).toEqual(['salary-band', 'stage-fit'])
    expect(JSON.parse(configFor({...defaults}, defaults))).toEqual({rules: {}})
  })
})

describe('the sample postings', () => {
  const sample = (name: string) => lintText(readFileSync(new URL(`../site/samples/${name}.md`, import.meta.url), 'utf8'))

  it('the clean ones lint clean and read as the job their title names', () => {
    expect(sample('clean-pm')).toMatchObject({messages: [], posting: {role: 'pm', profile: {verdict: 'reads as a Product Manager posting and the title agrees'}}})
    expect(sample('clean-po')).toMatchObject({messages: [], posting: {role: 'po', profile: {verdict: 'reads as a Product Owner posting and the title agrees'}}})
  })

  it('the mixed one joins both jobs in a line and in the whole posting', () => {
    const rules = sample('mixed').messages.map((m) => m.ruleId)
    expect(rules).toContain('no-mixed-duties')
    expect(rules).toContain('no-two-jobs')
  })
})
