/**
 * Installs a pinned client (versions.mjs) into a cache folder of its own, outside
 * agentdef's dependencies: `$AGENTDEF_CLIENTS` or `$XDG_CACHE_HOME/agentdef/clients`
 * (`~/.cache/agentdef/clients`), one folder per package and version, reused while
 * its `installed` marker is there. Install scripts are not run: the binaries ship
 * as platform packages of the release (optionalDependencies), nothing is fetched
 * after install.
 */
import { execFileSync } from 'node:child_process'
import { existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs'
import { homedir } from 'node:os'
import { join } from 'node:path'

export const CACHE = process.env.AGENTDEF_CLIENTS ?? join(process.env.XDG_CACHE_HOME ?? join(homedir(), '.cache'), 'agentdef', 'clients')

/** The folder holding `node_modules/<package>` of this client, installed on first use. */
export function installed({ package: name, version }) {
  const dir = join(CACHE, `${name.replace('/', '+')}@${version}`)
  const marker = join(dir, 'installed')
  if (existsSync(marker)) return dir
  rmSync(dir, { recursive: true, force: true })
  mkdirSync(dir, { recursive: true })
  writeFileSync(join(dir, 'package.json'), JSON.stringify({ private: true, description: `agentdef's check of ${name}@${version}` }) + '\n')
  process.stderr.write(`clients: installing ${name}@${version} into ${dir}\n`)
  execFileSync('npm', ['install', '--no-audit', '--no-fund', '--ignore-scripts', '--save-exact', '--loglevel=error', `${name}@${version}`], { cwd: dir, stdio: ['ignore', 'ignore', 'inherit'] })
  writeFileSync(marker, `${name}@${version}\n`)
  return dir
}
