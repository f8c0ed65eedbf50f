/** Views of the targets as the tests read them, for the tests beside each target in src/targets/<id>/. */
import type { Agent } from '../../src/internal.js'
import { makeAgent, view, type Note } from './agent.js'

export interface ClaudeView {
  frontmatter: Record<string, unknown>
  body: string
}
export interface OpenAIView {
  body: {
    model: string
    name: string
    description: string
    instructions: string
    tools: { type: string; function: { name: string; parameters: Record<string, unknown> } }[]
    metadata?: Record<string, string>
    temperature?: number
    top_p?: number
  }
}
export interface PromptView {
  text: string
}


export const claudeView = (agent: Agent, options = {}) => view<ClaudeView>('claude', agent, options)
export const openaiView = (agent: Agent, options = {}) => view<OpenAIView>('openai-assistant', agent, options)
export const rules = (notes: Note[]) => notes.map((n) => `${n.severity}:${n.rule}`)
export const claudeModel = (raw: string, family?: string, tier?: string) => makeAgent({ model: { raw, ...(family ? { family } : {}), ...(tier ? { tier } : {}) } })
