// An OpenAI Agents SDK agent, written by agentdef (checked against the types of @openai/agents 0.14.3 and 0.20.0).
// The tools' bodies are yours to write: each `execute` below throws "not implemented" until you do.
import { Agent } from '@openai/agents'

export const boardRefereeAgent = new Agent({
  name: "Board Referee",
  instructions: [
    "# Role: Board Referee",
    "",
    "## Profile",
    "- Description: Keeps score in a board game.",
    "",
    "Board:",
  ].join("\n"),
  handoffDescription: "Keeps score in a board game.",
  tools: [],
})

export default boardRefereeAgent
