/**
 * Stages 2 and 3: one unified processor (remark-parse + remark-frontmatter)
 * builds the mdast; the dialect readers, tried in order, fill the draft; the
 * draft is normalised into the Agent.
 */
import type { Root } from 'mdast'
import remarkFrontmatter from 'remark-frontmatter'
import remarkParse from 'remark-parse'
import { unified } from 'unified'
import type { VFile } from 'vfile'
import type { Agent } from '../model/agent.js'
import { normalizeAgent, type NormalizeOptions } from '../normalise/agent.js'
import { hasErrors } from '../diagnostics/report.js'
import { sourceLine } from '../diagnostics/source-map.js'
import { readClaude } from '../dialects/claude/read.js'
import { readCopilot } from '../dialects/copilot/read.js'
import { readCursor } from '../dialects/cursor/read.js'
import { readFabric } from '../dialects/fabric/read.js'
import { readHeading } from '../dialects/heading/read.js'
import { readLangGPT } from '../dialects/langgpt/read.js'
import { readOpencode } from '../dialects/opencode/read.js'
import { readPlain } from '../dialects/plain/read.js'
import { readStructured } from '../parse/data.js'
import type { Draft } from '../model/draft.js'
import { repairFences } from '../parse/fences.js'
import { remarkAgentFrontmatter } from '../parse/frontmatter-plugin.js'

/** A Markdown dialect reader: a draft when it recognises the file, else undefined. */
export type Reader = (tree: Root, file: VFile) => Draft | Draft[] | undefined

/** Dialect readers, most specific first; the plain reader always answers. */
const READERS: Reader[] = [readCopilot, readCursor, readOpencode, readHeading, readFabric, readLangGPT, readClaude, readPlain]

/** unified plugin: the first reader that recognises the file fills `file.data.drafts`. */
function remarkAgentDialects() {
  return (tree: Root, file: VFile) => {
    if (hasErrors(file)) return
    for (const read of READERS) {
      const draft = read(tree, file)
      if (draft && (!Array.isArray(draft) || draft.length > 0)) {
        file.data.drafts = Array.isArray(draft) ? draft : [draft]
        return
      }
    }
  }
}

/** Files that are data, not Markdown (Roo modes): read by `readStructured`, not remark. */
export const STRUCTURED = /(\.ya?ml|\.json|(^|[\\/])\.roomodes)$/i

const processor = unified().use(remarkParse).use(remarkFrontmatter, ['yaml']).use(remarkAgentFrontmatter).use(remarkAgentDialects)

/** Recognise the agents in a file that `readSource` accepted. Problems are messages on the file. */
export function recognise(file: VFile, options: NormalizeOptions = {}): Agent[] {
  if (hasErrors(file)) return []
  if (STRUCTURED.test(file.path)) {
    file.data.drafts = readStructured(file)
    return hasErrors(file) ? [] : (file.data.drafts ?? []).map((draft) => normalizeAgent(draft, file, options))
  }
  const original = String(file.value)
  try {
    file.value = repairFences(original, file)
    const tree = processor.parse(file)
    processor.runSync(tree, file)
    const drafts = file.data.drafts ?? []
    const agents = hasErrors(file) ? [] : drafts.map((draft) => normalizeAgent(draft, file, options))
    const map = file.data.sourceMap
    if (map) {
      // Until here, lines are those of the repaired text (reports were mapped as they were
      // made); the model keeps the author's.
      for (const { source, instructions } of agents) {
        source.promptLine = sourceLine(map, source.promptLine)
        for (const key of Object.keys(source.fields)) source.fields[key] = sourceLine(map, source.fields[key]!)
        for (const section of instructions.outline) section.line = sourceLine(map, section.line)
      }
    }
    return agents
  } finally {
    // Later stages place diagnostics in the file as written, like the model's lines.
    file.data.sourceMap = undefined
    file.value = original
  }
}
