/**
 * Draft (raw values from a dialect reader) → Agent (the one model). Every value
 * that has to be guessed, fixed or left out is reported on the file.
 */
import type { VFile } from 'vfile'
import type { Agent } from '../model/agent.js'
import type { Draft } from '../model/draft.js'
import { report } from '../diagnostics/report.js'
import { readDescription } from './description.js'
import { analyseLanguages } from './language.js'
import { normaliseModel } from './model.js'
import { toAscii } from '../text/ascii.js'
import { baseName, toId, toKebab, toTitle } from './names.js'
import { clipUnits } from '../text/clip.js'
import { textOf } from '../text/lines.js'
import { linesOf, placesIn } from './places.js'
import { normaliseTools, type ToolIssue } from './tools.js'
import type { ToolMap } from '../vocabulary/tool-map.js'
import type { ToolVocabulary } from '../vocabulary/tools.js'
import { lazyProperty } from '../model/lazy.js'

export interface NormaliseOptions {
  /** How the draft's dialect writes tool names. */
  tools: ToolVocabulary
  /** A vocabulary the dialect's files borrow names from, read when its own does not know a name. */
  borrowedTools?: ToolVocabulary
  /** The user's tool names (`--tool-map`), read before the dialect's table. */
  toolMap?: ToolMap
}

export function normaliseAgent(draft: Draft, file: VFile, options: NormaliseOptions): Agent {
  const path = file.path
  const { at, valueOf, nameIn, matchIn } = placesIn(draft.fields, textOf(file))

  // Name: as given, else from the title, else from the file name.
  let given = typeof draft.name === 'string' || typeof draft.name === 'number' ? String(draft.name).trim() : ''
  if (draft.name !== undefined && given === '' && typeof draft.name !== 'string') {
    report(file, 'name-missing', { found: typeof draft.name }, at('name'))
  }
  if (given === '' && draft.title?.trim()) given = draft.title.trim()
  let name: string
  if (given === '') {
    name = toId(baseName(path))
    report(file, 'name-missing', { name }, { line: 1, column: 1 })
  } else {
    // Read in ASCII letters once: the id is made from it, and the note below says whether it was transliterated.
    const ascii = toAscii(given)
    name = toId(given, ascii)
    if (/[\\/]|^\.+$|\.\./.test(given) || /^(con|prn|aux|nul|com\d|lpt\d)$/i.test(given)) {
      // The id can never climb out of the output folder: it is kebab-case ASCII only.
      report(file, 'name-unsafe', { given, name }, valueOf('name'))
    } else if (name !== given && !draft.nameIsTitle) {
      // A name in another script (or with marks) read as ASCII letters is a transliteration, said as a note;
      // characters dropped beyond that (`__proto__` → `proto`) are a warning.
      const transliterated = ascii !== given
      report(file, 'name-normalised', { given, name, lossy: !onlyRecased(transliterated ? ascii.trim() : given, name), ...(transliterated ? { transliterated } : {}) }, valueOf('name'))
    }
  }
  const title = draft.title?.trim() || (toKebab(given) === given || given === '' ? toTitle(name) : given)

  // Description and its examples.
  let authored = ''
  if (typeof draft.description === 'string') authored = draft.description
  else if (draft.description !== undefined && draft.description !== null) {
    report(file, 'description-not-string', { found: Array.isArray(draft.description) ? 'a list' : typeof draft.description }, at('description'))
    authored = Array.isArray(draft.description) ? draft.description.join('\n') : JSON.stringify(draft.description)
  }
  const read = readDescription(authored, draft.prompt, title, name)
  if (read.escaped) report(file, 'yaml-escaped-newline', {}, matchIn('description', /\\n/))
  if (read.malformed > 0) {
    report(file, 'example-malformed', { count: read.malformed }, matchIn('description', /<example>/i))
  }
  if (read.derived) {
    report(file, 'description-missing', { sentence: clip(read.description) }, at('description'))
  }
  const description = read.description
  for (const trigger of draft.triggers) {
    // A trigger is written into the Claude description; example tags there would be read back as examples.
    if (/<\/?example>/i.test(trigger.value)) {
      trigger.value = trigger.value.replace(/<\/?example>/gi, '').trim()
      report(file, 'example-malformed', { trigger: true }, at('description'))
    }
  }

  // Prompt.
  if (draft.prompt.trim() === '') report(file, 'prompt-empty', {}, { line: draft.promptLine, column: 1 })
  const languages = analyseLanguages(draft.prompt)

  // Tools.
  const issues: ToolIssue[] = []
  const tools = normaliseTools(draft.tools, issues, {
    vocabulary: options.tools,
    ...(options.borrowedTools ? { foreign: options.borrowedTools } : {}),
    ...(options.toolMap ? { toolMap: options.toolMap } : {}),
  })
  for (const issue of issues) {
    const place = issue.kind === 'only-on' ? at('tools') : nameIn('tools', issue.raw)
    if (issue.kind === 'foreign') report(file, 'tools-foreign', { raw: issue.raw, ids: issue.ids! }, place)
    else if (issue.kind === 'only-on') report(file, 'tools-switches', { on: issue.raw }, place)
    else if (issue.kind === 'invalid') report(file, 'tools-invalid', { found: issue.raw }, at('tools'))
    else report(file, 'tools-unknown', { raw: issue.raw }, place)
  }

  // Model and colour.
  const model = normaliseModel(draft.model)
  if (model === 'invalid') report(file, 'model-invalid', { json: JSON.stringify(draft.model) }, at('model'))
  let color: string | undefined
  if (typeof draft.color === 'string' && draft.color.trim() !== '') color = draft.color.trim().toLowerCase()
  else if (draft.color !== undefined && draft.color !== null) report(file, 'color-invalid', { json: JSON.stringify(draft.color) }, at('color'))

  const agent: Agent = {
    name,
    title,
    description,
    examples: read.examples,
    instructions: { text: draft.prompt, outline: [], ...languages },
    tools,
    triggers: draft.triggers,
    extensions: draft.extensions,
    source: { path, dialect: draft.dialect, promptLine: draft.promptLine, fields: linesOf(draft.fields) },
  }
  // The draft's outline may not be computed yet (it needs the tree): read when the model's is.
  lazyProperty(agent.instructions, 'outline', () => draft.outline)
  if (model && model !== 'invalid') agent.model = model
  if (color) agent.color = color
  return agent
}

function clip(text: string): string {
  return text.length > 60 ? clipUnits(text, 57) + '…' : text
}

/**
 * Whether an id keeps its name's letters and digits, in order, only re-cased and
 * re-separated (`Code Reviewer`, `code_reviewer`, `CodeReviewer`, `APIDesigner`): no
 * character dropped or changed, no separator at either end dropped (`__proto__`, `-rf`).
 */
function onlyRecased(given: string, name: string): boolean {
  if (/^[\s_-]|[\s_-]$/.test(given)) return false
  return given.replace(/[\s_-]+/g, '').toLowerCase() === name.replace(/-/g, '')
}
