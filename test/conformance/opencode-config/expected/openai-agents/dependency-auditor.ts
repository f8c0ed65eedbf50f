// An OpenAI Agents SDK agent, written by agentdef (checked against the types of @openai/agents 0.14.3 and 0.20.0).
// The tools' bodies are yours to write: each `execute` below throws "not implemented" until you do.
import { Agent, tool } from '@openai/agents'

const readFileTool = tool({
  name: "read_file",
  description: "Read a file from the workspace.",
  parameters: {
    "type": "object",
    "properties": {
      "path": {
        "type": "string",
        "description": "Path of the file"
      },
      "offset": {
        "type": "integer",
        "description": "First line to read"
      },
      "limit": {
        "type": "integer",
        "description": "Number of lines to read"
      }
    },
    "required": [
      "path"
    ],
    "additionalProperties": false
  },
  // TODO(agentdef): implement `read_file`; `input` holds the arguments the model sent.
  execute: async (input) => {
    void input
    throw new Error("not implemented: read_file")
  },
})

const webFetchTool = tool({
  name: "web_fetch",
  description: "Fetch a web page and answer a question about it.",
  parameters: {
    "type": "object",
    "properties": {
      "url": {
        "type": "string",
        "description": "The URL"
      },
      "prompt": {
        "type": "string",
        "description": "What to extract"
      }
    },
    "required": [
      "url"
    ],
    "additionalProperties": false
  },
  // TODO(agentdef): implement `web_fetch`; `input` holds the arguments the model sent.
  execute: async (input) => {
    void input
    throw new Error("not implemented: web_fetch")
  },
})

const mcpGithubSearchCodeTool = tool({
  name: "mcp__github__search_code",
  description: "The `mcp:github/search_code` tool of the source agent; its arguments are not known.",
  parameters: {
    "type": "object",
    "properties": {},
    "required": [],
    "additionalProperties": true
  },
  // The source does not say what this tool takes: open parameters, which need `strict: false`.
  strict: false,
  // TODO(agentdef): implement `mcp__github__search_code`; `input` holds the arguments the model sent.
  execute: async (input) => {
    void input
    throw new Error("not implemented: mcp__github__search_code")
  },
})

export const dependencyAuditorAgent = new Agent({
  name: "Dependency Auditor",
  instructions: [
    "You audit dependencies.",
    "",
    "## Checks",
    "",
    "- Licence compatible with the project's.",
    "- No open security advisory.",
    "",
    "Report a table: package, licence, advisories, verdict.",
  ].join("\n"),
  handoffDescription: "Audits third-party dependencies for licences and known advisories. Use before adding a package.",
  model: "gpt-6-luna",
  tools: [readFileTool, webFetchTool, mcpGithubSearchCodeTool],
})

export default dependencyAuditorAgent
