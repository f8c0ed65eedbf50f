/**
 * Where agentdef's own files are: the folder of its running code (`dist/`, or `src/`
 * when the tests run the TypeScript sources) and the package around it (templates,
 * schemas, package.json). Every path to a file of the package is made here, never
 * from another module's URL: in the bundled CLI (`dist/cli.js`, scripts/bundle.mjs)
 * every module's URL is the bundle's.
 */
import { basename, dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'

const here = fileURLToPath(import.meta.url)

/** The folder of the running code: `<package>/dist` (or `<package>/src`): this module's folder's parent, or the bundle's folder. */
export const CODE_DIR: string = basename(here).startsWith('paths.') ? dirname(dirname(here)) : dirname(here)

/** The package's folder. */
export const PACKAGE_ROOT: string = dirname(CODE_DIR)

/** A file of the package, by its path from the package's folder. */
export const packagePath = (...parts: string[]): string => join(PACKAGE_ROOT, ...parts)

/** The command line bundled into one CommonJS file (scripts/bundle.mjs), which `cli.ts` runs. */
export const CLI_BUNDLE: string = join(CODE_DIR, 'cli.bundle.cjs')
