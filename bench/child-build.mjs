#!/usr/bin/env node
/**
 * One `build()` in a process of its own, for the bench's memory figures: a peak RSS
 * belongs to a process, so each scenario gets one. Prints `{ ms, maxRSS, files }`.
 *
 *   node bench/child-build.mjs '<BuildOptions as JSON>'
 */
import { build } from '../dist/internal.js'

const options = JSON.parse(process.argv[2])
const started = performance.now()
const result = build(options)
process.stdout.write(JSON.stringify({ ms: performance.now() - started, maxRSS: process.resourceUsage().maxRSS * 1024, files: result.files.length }) + '\n')
