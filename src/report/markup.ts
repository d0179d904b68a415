// Markup shared by the HTML report and the browser playground: both draw the role profile the
// same way. Pure string building, no DOM and no Node, so it bundles for either.
import {PM_FAMILIES, PO_FAMILIES, type Role, type RoleProfile} from '../model.ts'

const ESCAPES: Record<string, string> = {'&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;'}

/** Text made safe for HTML element content and quoted attribute values. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ESCAPES[c] as string)
}

/** How a role class reads to a person. */
export const ROLE_NAMES: Record<Role, string> = {pm: 'Product Manager', po: 'Product Owner', combined: 'Combined PM/PO', other: 'Other role'}

const LABEL = 104
const BAR = 150
const GAP = 30
const ROW = 26
const TOP = 30
const HALF = LABEL + 8 + BAR + GAP
const WIDTH = 2 * HALF

/**
 * The role profile as an SVG butterfly chart: PM families to the left of the middle, PO
 * families to the right, one bar per family scaled to the largest count. The title and
 * description carry the numbers for screen readers.
 */
export function profileSvg(profile: RoleProfile, id: string): string {
  const max = Math.max(1, ...Object.values(profile.pm), ...Object.values(profile.po))
  const height = TOP + PM_FAMILIES.length * ROW + 6
  const rows: string[] = []
  PM_FAMILIES.forEach((pmFamily, i) => {
    const poFamily = PO_FAMILIES[i] as (typeof PO_FAMILIES)[number]
    const y = TOP + i * ROW
    const mid = y + ROW / 2
    const pm = profile.pm[pmFamily]
    const po = profile.po[poFamily]
    const pmWidth = Math.round((pm / max) * BAR)
    const poWidth = Math.round((po / max) * BAR)
    rows.push(
      `<g class="row"><text x="${LABEL}" y="${mid}" text-anchor="end" dominant-baseline="middle">${pmFamily.slice(3)}</text>`,
      `<rect class="track" x="${HALF - GAP - BAR}" y="${y + 5}" width="${BAR}" height="${ROW - 10}"/>`,
      pmWidth ? `<rect class="pm" data-family="${pmFamily}" x="${HALF - GAP - pmWidth}" y="${y + 5}" width="${pmWidth}" height="${ROW - 10}"/>` : '',
      `<text class="count" x="${HALF - 8}" y="${mid}" text-anchor="end" dominant-baseline="middle">${pm}</text>`,
      `<text class="count" x="${HALF + 8}" y="${mid}" dominant-baseline="middle">${po}</text>`,
      `<rect class="track" x="${HALF + GAP}" y="${y + 5}" width="${BAR}" height="${ROW - 10}"/>`,
      poWidth ? `<rect class="po" data-family="${poFamily}" x="${HALF + GAP}" y="${y + 5}" width="${poWidth}" height="${ROW - 10}"/>` : '',
      `<text x="${WIDTH - LABEL}" y="${mid}" dominant-baseline="middle">${poFamily.slice(3)}</text></g>`,
    )
  })
  const list = (side: Record<string, number>) =>
    Object.entries(side)
      .map(([family, n]) => `${family.slice(3)} ${n}`)
      .join(', ')
  return [
    `<svg class="profile" role="img" aria-labelledby="${id}-t ${id}-d" viewBox="0 0 ${WIDTH} ${height}" width="${WIDTH}" height="${height}" xmlns="http://www.w3.org/2000/svg">`,
    `<title id="${id}-t">Role profile: duty lines per family</title>`,
    `<desc id="${id}-d">PM side: ${list(profile.pm)}. PO side: ${list(profile.po)}. ${escapeHtml(profile.verdict)}.</desc>`,
    `<text class="side pm" x="${HALF - GAP}" y="16" text-anchor="end">PM side</text>`,
    `<text class="side po" x="${HALF + GAP}" y="16">PO side</text>`,
    `<line class="axis" x1="${HALF}" y1="${TOP - 4}" x2="${HALF}" y2="${height - 2}"/>`,
    ...rows,
    '</svg>',
  ].join('')
}

/** Styles of the chart, for a page that shows it. */
export const PROFILE_CSS = `svg.profile{max-width:100%;height:auto;font:13px system-ui,sans-serif}
svg.profile text{fill:currentColor}
svg.profile .side{font-weight:600}
svg.profile .side.pm{fill:#0b6e66}
svg.profile .side.po{fill:#7a2c9e}
svg.profile rect.track{fill:#8881}
svg.profile rect.pm{fill:#0f8a80}
svg.profile rect.po{fill:#9b4dca}
svg.profile .count{font-variant-numeric:tabular-nums}
svg.profile .axis{stroke:currentColor;stroke-opacity:.35}`
