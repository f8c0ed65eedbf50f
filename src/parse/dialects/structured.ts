/**
 * Agent definitions that are data files, not Markdown: YAML or JSON. No dialect
 * of this kind is read yet; the file is reported instead of being guessed at.
 */
import type { VFile } from 'vfile'
import { report } from '../../report/rules.js'
import type { Draft } from '../draft.js'

export function readStructured(file: VFile): Draft[] {
  report(file, 'error', 'input-skipped', 'No dialect reader recognises this data file', { line: 1, column: 1 })
  return []
}
