#!/usr/bin/env node
/**
 * The `agentdef` program (the package's bin). It runs the command line bundled into
 * one file (`dist/cli.bundle.cjs`, made by scripts/bundle.mjs at `npm run build`)
 * through V8's code cache (./installation/code-cache.ts), or the modules tsc wrote
 * when there is no bundle. Nothing else is loaded here: this file is the start-up
 * every command pays.
 */
import { existsSync } from 'node:fs'
import { runCached } from './installation/code-cache.js'
import { CLI_BUNDLE } from './installation/paths.js'

if (existsSync(CLI_BUNDLE)) runCached(CLI_BUNDLE)
else void import('./command-line/run.js')
