// An OpenAI Agents SDK agent, written by agentdef (checked against the types of @openai/agents 0.14.3 and 0.20.0).
// The tools' bodies are yours to write: each `execute` below throws "not implemented" until you do.
import { Agent } from '@openai/agents'

export const haikuPoetAgent = new Agent({
  name: "Haiku Poet",
  instructions: [
    "# Role: Haiku Poet",
    "",
    "## Profile",
    "- Description: Writes haiku about the topic it is given.",
    "",
    "## Rules",
    "1. Five, seven, five syllables.",
  ].join("\n"),
  handoffDescription: "Writes haiku about the topic it is given.",
  tools: [],
})

export default haikuPoetAgent
