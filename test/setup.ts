// The bundle gives src/lazy.ts a `require`; run from the sources under vitest, this does.
import {createRequire} from 'node:module'

;(globalThis as {require?: NodeJS.Require}).require ??= createRequire(import.meta.url)
