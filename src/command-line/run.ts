/**
 * The program: `main` on the process's arguments, its exit code the process's.
 * The bundle's entry (scripts/bundle.mjs); `../cli.ts` runs the bundle, or this
 * module when there is none.
 */
import { main } from './main.js'
import { quietOnClosedPipe } from './closed-pipe.js'

quietOnClosedPipe(process.stdout)
quietOnClosedPipe(process.stderr)
process.exitCode = main(process.argv.slice(2))
