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

const globTool = tool({
  name: "glob",
  description: "Find files by glob pattern.",
  parameters: {
    "type": "object",
    "properties": {
      "pattern": {
        "type": "string",
        "description": "Glob pattern such as **/*.ts"
      },
      "path": {
        "type": "string",
        "description": "Folder to search"
      }
    },
    "required": [
      "pattern"
    ],
    "additionalProperties": false
  },
  // TODO(agentdef): implement `glob`; `input` holds the arguments the model sent.
  execute: async (input) => {
    void input
    throw new Error("not implemented: glob")
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

const editFileTool = tool({
  name: "edit_file",
  description: "Replace an exact string in a file.",
  parameters: {
    "type": "object",
    "properties": {
      "path": {
        "type": "string",
        "description": "Path of the file"
      },
      "old_string": {
        "type": "string",
        "description": "Text to replace"
      },
      "new_string": {
        "type": "string",
        "description": "Replacement text"
      },
      "replace_all": {
        "type": "boolean",
        "description": "Replace every occurrence"
      }
    },
    "required": [
      "path",
      "old_string",
      "new_string"
    ],
    "additionalProperties": false
  },
  // TODO(agentdef): implement `edit_file`; `input` holds the arguments the model sent.
  execute: async (input) => {
    void input
    throw new Error("not implemented: edit_file")
  },
})

const mcpDbDescribeTableTool = tool({
  name: "mcp__db__describe_table",
  description: "The `mcp:db/describe_table` tool of the source agent; its arguments are not known.",
  parameters: {
    "type": "object",
    "properties": {},
    "required": [],
    "additionalProperties": true
  },
  // The source does not say what this tool takes: open parameters, which need `strict: false`.
  strict: false,
  // TODO(agentdef): implement `mcp__db__describe_table`; `input` holds the arguments the model sent.
  execute: async (input) => {
    void input
    throw new Error("not implemented: mcp__db__describe_table")
  },
})

export const schemaLinterAgent = new Agent({
  name: "Schema Linter",
  instructions: [
    "You lint migrations.",
    "",
    "# Rules",
    "- Every migration can be rolled back.",
    "- No table is dropped without a backup step.",
  ].join("\n"),
  handoffDescription: "Lints database migration files. Use before a migration is merged.",
  model: "gpt-6.1-sol",
  tools: [readFileTool, globTool, writeFileTool, editFileTool, mcpDbDescribeTableTool],
})

export default schemaLinterAgent
