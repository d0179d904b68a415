import path from 'node:path'
import {describe, expect, it} from 'vitest'
import {tempDir} from './helpers.ts'
import {createIgnoreFilter} from '../src/files/ignore.ts'


/** The given paths (relative to `root`) that the filter ignores. */
function ignoredOf(filter: (absPath: string) => boolean, root: string, paths: string[]): string[] {
  return paths.filter((p) => filter(path.join(root, p)))
}

describe('createIgnoreFilter', () => {
  it('reads .jdlintignore in the cwd with gitignore syntax', () => {
    const cwd = tempDir({'.jdlintignore': '# old postings\narchive/\n*.draft.md\n!keep.draft.md\n'})
    const filter = createIgnoreFilter({cwd, patterns: []})
    expect(ignoredOf(filter, cwd, ['archive/2019/pm.md', 'jobs/pm.draft.md', 'jobs/keep.draft.md', 'jobs/pm.md', 'archive.md'])).toEqual([
      'archive/2019/pm.md',
      'jobs/pm.draft.md',
    ])
  })

  it('uses the nearest .jdlintignore above the cwd, relative to its own folder', () => {
    const root = tempDir({'.git/HEAD': '', '.jdlintignore': '/drafts/\n'})
    const cwd = path.join(root, 'jobs')
    const filter = createIgnoreFilter({cwd, patterns: []})
    expect(ignoredOf(filter, root, ['drafts/a.md', 'jobs/drafts/a.md', 'jobs/a.md'])).toEqual(['drafts/a.md'])
  })

  it('does not look above the repository root', () => {
    const outer = tempDir({'.jdlintignore': '*.md\n', 'repo/.git/HEAD': ''})
    const cwd = path.join(outer, 'repo', 'jobs')
    expect(createIgnoreFilter({cwd, patterns: []})(path.join(cwd, 'pm.md'))).toBe(false)
  })

  it('adds --ignore-pattern and config ignores relative to the cwd, later patterns winning', () => {
    const cwd = tempDir({'.jdlintignore': 'drafts/\n'})
    const filter = createIgnoreFilter({cwd, patterns: ['/templates/**', '!drafts/ready.md', 'old-*.md']})
    expect(ignoredOf(filter, cwd, ['templates/pm.md', 'jobs/templates/pm.md', 'drafts/wip.md', 'drafts/ready.md', 'jobs/old-po.md'])).toEqual([
      'templates/pm.md',
      'drafts/wip.md',
      'jobs/old-po.md',
    ])
  })

  it('always ignores node_modules and .git, even without an ignore file', () => {
    const cwd = tempDir()
    const filter = createIgnoreFilter({cwd, patterns: [], ignoreFile: false})
    expect(ignoredOf(filter, cwd, ['node_modules/pkg/README.md', 'a/node_modules/x.md', '.git/x.md', 'jobs/pm.md', 'my_node_modules.md'])).toEqual([
      'node_modules/pkg/README.md',
      'a/node_modules/x.md',
      '.git/x.md',
    ])
  })

  it('never ignores a path outside the folder of the rules', () => {
    const parent = tempDir({'cwd/.jdlintignore': '*.md\n'})
    const filter = createIgnoreFilter({cwd: path.join(parent, 'cwd'), patterns: ['*.md']})
    expect(filter(path.join(parent, 'other', 'pm.md'))).toBe(false)
    expect(filter(path.join(parent, 'cwd', 'pm.md'))).toBe(true)
  })

  it('reads a named ignore file, reads none with false, and fails on a missing one', () => {
    const cwd = tempDir({'.jdlintignore': 'a.md\n', 'config/lint-ignore': 'b.md\n'})
    expect(ignoredOf(createIgnoreFilter({cwd, patterns: [], ignoreFile: 'config/lint-ignore'}), cwd, ['a.md', 'config/b.md'])).toEqual(['config/b.md'])
    expect(ignoredOf(createIgnoreFilter({cwd, patterns: [], ignoreFile: false}), cwd, ['a.md'])).toEqual([])
    expect(() => createIgnoreFilter({cwd, patterns: [], ignoreFile: 'missing'})).toThrow(/missing: cannot read ignore file \(ENOENT\)$/)
  })

  it('tests a directory given with a trailing slash', () => {
    const cwd = tempDir({'.jdlintignore': 'drafts/\n'})
    const filter = createIgnoreFilter({cwd, patterns: []})
    expect(filter(path.join(cwd, 'drafts') + path.sep)).toBe(true)
    expect(filter(path.join(cwd, 'drafts'))).toBe(false)
  })
})
