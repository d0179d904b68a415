// The playground's state and how it is written: the posting in the address (#text= base64url
// of its UTF-8 bytes), rule severities beside it, the stage in the posting's own front matter,
// and the .jdlintrc.json the settings amount to. No DOM here, so tests run it in Node.
import type {SeverityName, Stage} from '../src/model.ts'

/** Base64url (RFC 4648 section 5, no padding) of the text's UTF-8 bytes. */
export function encodeText(text: string): string {
  const bytes = new TextEncoder().encode(text)
  let binary = ''
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000))
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '')
}

/**
 * The text of a base64url string of UTF-8 bytes, or null when it is not one. Padding is optional
 * (RFC 4648 section 5 allows it): when present, it makes the length a multiple of four.
 */
export function decodeText(encoded: string): string | null {
  const [, body = '', padding = ''] = /^([A-Za-z0-9_-]*)(=*)$/.exec(encoded) ?? []
  if (body.length + padding.length !== encoded.length || body.length % 4 === 1) return null
  if (padding && (padding.length > 2 || encoded.length % 4 !== 0)) return null
  try {
    const binary = atob(body.replace(/-/g, '+').replace(/_/g, '/'))
    const bytes = Uint8Array.from(binary, (c) => c.charCodeAt(0))
    return new TextDecoder('utf-8', {fatal: true}).decode(bytes)
  } catch {
    return null
  }
}

/** What a link carries: the posting, and the rules set away from their defaults. */
export interface LinkState {
  text: string | null
  severities: Record<string, SeverityName>
  /** Set when the link had a posting that could not be read. */
  broken: boolean
}

const SEVERITIES = new Set<string>(['off', 'warn', 'error'])

/** Reads `#text=...&rules=id:off,id:error` (either part may be missing). */
export function parseHash(hash: string): LinkState {
  const params = new URLSearchParams(hash.replace(/^#/, ''))
  const encoded = params.get('text')
  const text = encoded === null ? null : decodeText(encoded)
  const severities: Record<string, SeverityName> = {}
  for (const pair of (params.get('rules') ?? '').split(',')) {
    const [id, severity] = pair.split(':')
    if (id && severity && SEVERITIES.has(severity)) severities[id] = severity as SeverityName
  }
  return {text, severities, broken: encoded !== null && text === null}
}

/** The address fragment for a posting and the rules set away from their defaults. */
export function makeHash(text: string, severities: Record<string, SeverityName>): string {
  const rules = Object.entries(severities)
    .map(([id, severity]) => `${id}:${severity}`)
    .join(',')
  return `#text=${encodeText(text)}${rules ? `&rules=${rules}` : ''}`
}

/** The value written into front matter for each stage; jdlint reads each back as that stage. */
export const STAGE_VALUES: Record<Exclude<Stage, 'unknown'>, string> = {'seed-a': 'Seed', 'b-c': 'Series B', 'd-public': 'Public'}

const FRONT_MATTER = /^---[ \t]*\r?\n([\s\S]*?\r?\n)?---[ \t]*(?:\r?\n|$)/
const STAGE_LINE = /^stage[ \t]*:.*(?:\r?\n|$)/m

/**
 * The posting with its front matter's `stage:` set to the stage, or removed for null; front
 * matter is added when there is none and dropped when the stage was all it held.
 */
export function withStage(text: string, stage: Exclude<Stage, 'unknown'> | null): string {
  const line = stage ? `stage: ${STAGE_VALUES[stage]}\n` : ''
  const match = FRONT_MATTER.exec(text)
  if (!match) return stage ? `---\n${line}---\n\n${text}` : text
  const body = match[1] ?? ''
  const next = STAGE_LINE.test(body) ? body.replace(STAGE_LINE, line) : `${body}${line}`
  const rest = text.slice(match[0].length)
  if (!next.trim()) return rest.replace(/^\r?\n/, '')
  return `---\n${next}---\n${rest}`
}

/** The `.jdlintrc.json` that gives the same findings: every rule set away from its default. */
export function configFor(severities: Record<string, SeverityName>, defaults: Record<string, SeverityName>): string {
  const rules = Object.fromEntries(
    Object.entries(severities)
      .filter(([id, severity]) => defaults[id] !== undefined && defaults[id] !== severity)
      .sort(([a], [b]) => (a < b ? -1 : 1)),
  )
  return `${JSON.stringify({rules}, null, 2)}\n`
}
