// An OpenAI Agents SDK agent, written by agentdef (checked against the types of @openai/agents 0.14.3 and 0.20.0).
// The tools' bodies are yours to write: each `execute` below throws "not implemented" until you do.
import { Agent } from '@openai/agents'

export const extractRisksAgent = new Agent({
  name: "Extract Risks",
  instructions: [
    "# IDENTITY and PURPOSE",
    "",
    "You are a risk analyst who reads project plans and lists what could go wrong.",
    "",
    "# STEPS",
    "",
    "- Read the whole plan.",
    "- List each risk with its likelihood and impact.",
    "",
    "# OUTPUT INSTRUCTIONS",
    "",
    "- Output a Markdown table.",
    "",
    "# INPUT",
    "",
    "INPUT:",
  ].join("\n"),
  handoffDescription: "You are a risk analyst who reads project plans and lists what could go wrong.",
  tools: [],
})

export default extractRisksAgent
