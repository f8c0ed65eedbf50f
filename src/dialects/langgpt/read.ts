/**
 * LangGPT structured role prompts: `# Role: X` (or `# 角色：X`), then `## Profile`
 * (`- Author:`, `- Version:`, `- Language:`, `- Description:`), `## Skills`,
 * `## Rules`, `## Workflow`, `## Initialization`, in English or Chinese; and the
 * later style without a `Role:` line (`# Title`, `## 需求` … `## 初始化`).
 * The whole file is the prompt: LangGPT roles are pasted into a chat as they are.
 * - name: from `Role: X`; when X is Chinese, from the file name if that is ASCII,
 *   else its pinyin (`cha-guan-zhang-gui`, toId); the title keeps the Chinese;
 * - description: `- Description:` in Profile, else the first sentence of prose
 *   (reported as `info`: the later style has no description field).
 * A file whose roles sit in fenced code blocks (a catalogue such as the project's
 * `prompts_en.md`) gives one draft per block, see `langgptCatalogue`.
 * LangGPT roles written as YAML or JSON (`Role: {name, Profile…}`) are read by
 * `readLangGPTData` (./data.ts).
 */
import type { Code, Heading, List, Root, RootContent } from 'mdast'
import type { Point, Position } from 'unist'
import { toString } from 'mdast-util-to-string'
import type { VFile } from 'vfile'
import { baseName, toId, toKebab } from '../../normalise/names.js'
import { report } from '../../diagnostics/report.js'
import type { Draft } from '../../model/draft.js'
import type { MarkdownDocument } from '../../parse/document.js'
import { promptOnlyDraft } from '../shared/prompt-only-draft.js'
import { lineStart, pointAt, sliceLines, textOf } from '../../text/lines.js'
import { sentencePosition } from '../shared/mdast-positions.js'
import { outlineOf, parseMarkdown } from '../shared/outline.js'
import { leadSentence } from '../shared/lead-sentence.js'

const ROLE = /^(?:Role|角色)\s*[:：]\s*(.+?)\s*$/i
const SECTIONS = new Set([
  'profile', 'rules', 'rule', 'workflow', 'workflows', 'initialization', 'skills', 'skill', 'constraints', 'goals',
  'background', 'output format', 'examples', 'commands', 'reminder', 'attention', 'definition',
  '简介', '角色简介', '规则', '工作流程', '工作流', '初始化', '技能', '约束', '目标', '背景', '需求', '输出格式', '限制', '注意', '定义',
])
const INITIALIZATION = new Set(['initialization', '初始化'])
const PROFILE = new Set(['profile', '简介', '角色简介'])
const DESCRIPTION = /^(?:Description|描述|简介)\s*[:：]\s*([\s\S]+)$/i
const METADATA = /^\s*(?:[-*+]\s*)?(?:\*\*)?(?:Author|Version|Language|Model|作者|版本|语言|模型)(?:\*\*)?\s*[:：]/i
const CJK = /[\u3400-\u9fff\uf900-\ufaff]/

/** The dialect reader: one draft per role (a catalogue file lists several in code blocks). */
export function readLangGPT(document: MarkdownDocument, file: VFile): Draft[] | undefined {
  if (file.data.frontmatter) return undefined
  const drafts = langgptDrafts(document.tree, file)
  if (!drafts || drafts.length === 0) return undefined
  const outside = file.data.langgptOutside
  if (drafts.length > 1 || outside) {
    const names = drafts.map((d) => d.title ?? String(d.name))
    // A role section heading outside every block (a block closed early by one nested in it) is a role's text lost: a warning.
    const lost = outside?.sectionLine
    const place = { line: lost ?? (outside && drafts.length === 1 ? outside.first : drafts[0]!.promptLine), column: 1 }
    report(file, 'langgpt-catalogue', { names, ...(outside ? { outside: { lines: outside.lines, first: outside.first } } : {}), lost: Boolean(lost) }, place)
  }
  return drafts
}

/**
 * Every LangGPT role of the file: the file itself when it is a role, else the
 * roles in its fenced code blocks; undefined when it is neither.
 */
export function langgptDrafts(tree: Root, file: VFile): Draft[] | undefined {
  if (file.data.frontmatter) return undefined
  const source = textOf(file)
  if (isLangGPT(tree)) return [roleDraft(tree, source, (position) => position, file, false)]
  const blocks = catalogue(tree, source)
  if (blocks.length === 0) return undefined
  file.data.langgptOutside = textOutside(source, blocks.map(({ code }) => [code.position!.start.line, code.position!.end.line]))
  return blocks.map(({ code, firstLine }) => roleDraft(parseMarkdown(code.value), code.value, inBlock(source, code.value, firstLine), file, true))
}

declare module 'vfile' {
  interface DataMap {
    /** Non-blank lines of a LangGPT catalogue outside its role blocks: how many, and the first. */
    langgptOutside: { lines: number; first: number; sectionLine?: number } | undefined
  }
}

/**
 * Non-blank lines outside the given 1-based line ranges, or undefined when there are
 * none; with the first that reads as a role section's heading (`sectionLine`). Read
 * line by line, not from the tree: a role's heading left out of its block by a nested
 * fence sits in a code block that is no role's, where the tree sees no heading.
 */
function textOutside(source: string, ranges: [number, number][]): { lines: number; first: number; sectionLine?: number } | undefined {
  let lines = 0
  let first = 0
  let sectionLine: number | undefined
  source.split('\n').forEach((text, i) => {
    const line = i + 1
    if (text.trim() === '' || ranges.some(([from, to]) => line >= from && line <= to)) return
    lines++
    first ||= line
    const heading = /^\s{0,3}#{1,6}\s+(.*?)\s*$/.exec(text)
    if (heading && SECTIONS.has(heading[1]!.toLowerCase().replace(/[:：]$/, ''))) sectionLine ??= line
  })
  if (lines === 0) return undefined
  return sectionLine === undefined ? { lines, first } : { lines, first, sectionLine }
}

function isLangGPT(tree: Root): boolean {
  const headings = tree.children.filter((n): n is Heading => n.type === 'heading' && n.depth <= 2)
  if (headings.some((h) => ROLE.test(toString(h)))) return true
  if (plainRole(tree)) return true
  const titles = headings.map(sectionKey)
  const known = titles.filter((t) => SECTIONS.has(t)).length
  return known >= 2 && titles.some((t) => INITIALIZATION.has(t) || PROFILE.has(t))
}

/** Fenced code blocks whose first line is `# Role: X`: each is a role. */
function catalogue(tree: Root, source: string): { code: Code; firstLine: number }[] {
  const out: { code: Code; firstLine: number }[] = []
  const visit = (nodes: RootContent[]) => {
    for (const node of nodes) {
      if (node.type === 'code') {
        const first = node.value.split('\n').find((l) => l.trim() !== '') ?? ''
        const heading = /^\s{0,3}#{1,2}\s+(.*)$/.exec(first)
        if (heading && ROLE.test(heading[1]!)) {
          const fenced = /^\s*(```|~~~)/.test(source.slice(node.position!.start.offset!, node.position!.end.offset!))
          out.push({ code: node, firstLine: node.position!.start.line + (fenced ? 1 : 0) })
        }
      } else if ('children' in node && Array.isArray(node.children)) {
        visit(node.children as RootContent[])
      }
    }
  }
  visit(tree.children)
  return out
}

/**
 * Positions in a code block's text (whose line 1 is line `firstLine` of the file),
 * moved to the file: each line of the text ends its line of the file, which may
 * indent it (a block in a list) or quote it.
 */
function inBlock(source: string, code: string, firstLine: number): (position: Position) => Position {
  const codeLines = code.split('\n')
  const move = (point: Point): Point => {
    const line = point.line + firstLine - 1
    const start = lineStart(source, line)
    const written = source.slice(start, lineStart(source, line + 1)).replace(/\n$/, '')
    const inner = codeLines[point.line - 1] ?? ''
    const column = point.column + (written.endsWith(inner) ? written.length - inner.length : 0)
    return { line, column, offset: start + column - 1 }
  }
  return (position) => ({ start: move(position.start), end: move(position.end) })
}

/** One role: `tree` parsed from `text`; `toFile` moves positions in `text` to the file. */
function roleDraft(tree: Root, text: string, toFile: (position: Position) => Position, file: VFile, inCatalogue: boolean): Draft {
  const at = (node: { position?: Position }) => toFile(node.position!)
  const slice = sliceLines(text, 0)
  const bodyPosition = toFile(slice.position)
  const body = { text: slice.text, line: bodyPosition.start.line }
  const headings = tree.children.filter((n): n is Heading => n.type === 'heading')
  const roleHeading = headings.find((h) => h.depth <= 2 && ROLE.test(toString(h)))
  let title: string | undefined
  let titleNode: RootContent | undefined
  if (roleHeading) {
    title = ROLE.exec(toString(roleHeading))![1]!
    titleNode = roleHeading
  } else if (plainRole(tree)) {
    // The plain-text form of the templates: a first line `Role: X`, no heading.
    titleNode = tree.children[0]!
    title = ROLE.exec(toString(titleNode).split('\n')[0]!)![1]!
  } else {
    // The later style: the first heading names the role, unless it is a section.
    const first = headings[0]
    if (first && first.depth <= 2 && !SECTIONS.has(sectionKey(first))) {
      title = toString(first).trim()
      titleNode = first
    }
  }
  title = title?.replace(/^[*_`]+|[*_`]+$/g, '').trim() || undefined

  // A LangGPT role is a chat prompt; its tools (`## Tools`: browser, python…) are the chat app's, not the agent's.
  const draft = promptOnlyDraft('langgpt', roleId(title, file.path, inCatalogue), body, outlineOf(tree, text, slice.position, toFile))
  if (title) draft.title = title
  if (titleNode) draft.fields.name = { position: at(titleNode) }

  const given = profileDescription(tree, headings)
  if (given) {
    draft.description = given.text
    draft.fields.description = { position: at(given.node), value: at(given.node) }
  } else {
    const prose = text
      .split('\n')
      .map((line) => (METADATA.test(line) || /^\s*[：:]/.test(line) || /^\s*[━─═—-]{3,}\s*$/.test(line) ? '' : line))
      .join('\n')
    const { sentence, offset } = leadSentence(prose)
    if (sentence !== '') {
      draft.description = sentence
      // Lines left out of `prose` are emptied, not removed: a line and column there are the same in `text`.
      const { line, column } = pointAt(prose, offset)
      const position = toFile(sentencePosition(tree, text, lineStart(text, line) + column - 1))
      draft.fields.description = { position, value: position }
      report(file, 'description-derived', { dialect: 'langgpt', sentence: clip(sentence) }, position.start)
    }
  }
  return draft
}

/** A first paragraph `Role: X` followed by labelled paragraphs (`Description:`, `Goals:`), as in LangGPT's autoGPT template. */
function plainRole(tree: Root): boolean {
  const [first, ...rest] = tree.children
  if (first?.type !== 'paragraph' || !ROLE.test(toString(first).split('\n')[0]!)) return false
  return rest.some((n) => n.type === 'paragraph' && /^(Description|Goals|Constraints|Rules|描述|目标|约束|规则)\s*[:：]/i.test(toString(n)))
}

/** `- Description: …` in the Profile section, else a top-level paragraph `Description: …`. */
function profileDescription(tree: Root, headings: Heading[]): { text: string; node: RootContent } | undefined {
  const profile = headings.find((h) => h.depth <= 3 && PROFILE.has(sectionKey(h)))
  if (profile) {
    const start = tree.children.indexOf(profile)
    const end = tree.children.findIndex((n, i) => i > start && n.type === 'heading' && n.depth <= profile.depth)
    const nodes = tree.children.slice(start + 1, end === -1 ? undefined : end)
    for (const list of nodes.filter((n): n is List => n.type === 'list')) {
      for (const item of list.children) {
        const m = DESCRIPTION.exec(toString(item).trim())
        if (m && m[1]!.trim() !== '') return { text: m[1]!.trim(), node: item }
      }
    }
  }
  for (const node of tree.children) {
    if (node.type !== 'paragraph') continue
    const m = DESCRIPTION.exec(toString(node).trim())
    if (m && m[1]!.trim() !== '') return { text: m[1]!.trim(), node }
  }
  return undefined
}

/**
 * The id of a role: from an English role name; for a Chinese one, from the file
 * name when it is ASCII (not in a catalogue, where the file name is shared), else
 * a hash of the role name, in the form `toId` gives Chinese names.
 */
export function roleId(role: string | undefined, path: string, inCatalogue: boolean): string {
  if (role && !CJK.test(role) && toKebab(role) !== '') return toId(role)
  const base = baseName(path)
  if (!inCatalogue && /^[\x20-\x7e]+$/.test(base) && toKebab(base) !== '') return toId(base)
  return toId(role ?? base)
}

function sectionKey(heading: Heading): string {
  return toString(heading).trim().replace(/[:：]\s*$/, '').trim().toLowerCase()
}

function clip(text: string): string {
  return text.length > 60 ? text.slice(0, 57) + '…' : text
}
