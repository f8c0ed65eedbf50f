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

const writeFileTool = tool({
  name: "write_file",
  description: "Write a file in the workspace, replacing its content.",
  parameters: {
    "type": "object",
    "properties": {
      "path": {
        "type": "string",
        "description": "Path of the file"
      },
      "content": {
        "type": "string",
        "description": "The new content"
      }
    },
    "required": [
      "path",
      "content"
    ],
    "additionalProperties": false
  },
  // TODO(agentdef): implement `write_file`; `input` holds the arguments the model sent.
  execute: async (input) => {
    void input
    throw new Error("not implemented: write_file")
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

const mcpFigmaGetFileTool = tool({
  name: "mcp__figma__get_file",
  description: "The `mcp:figma/get_file` tool of the source agent; its arguments are not known.",
  parameters: {
    "type": "object",
    "properties": {},
    "required": [],
    "additionalProperties": true
  },
  // The source does not say what this tool takes: open parameters, which need `strict: false`.
  strict: false,
  // TODO(agentdef): implement `mcp__figma__get_file`; `input` holds the arguments the model sent.
  execute: async (input) => {
    void input
    throw new Error("not implemented: mcp__figma__get_file")
  },
})

export const paletteDesignerAgent = new Agent({
  name: "Palette Designer",
  instructions: "You design accessible colour palettes (WCAG AA contrast at least).",
  handoffDescription: "Designs colour palettes for dashboards.",
  model: "gpt-6.1-sol",
  tools: [readFileTool, writeFileTool, webFetchTool, mcpFigmaGetFileTool],
})

export default paletteDesignerAgent
