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

const grepTool = tool({
  name: "grep",
  description: "Search file contents with a regular expression.",
  parameters: {
    "type": "object",
    "properties": {
      "pattern": {
        "type": "string",
        "description": "Regular expression"
      },
      "path": {
        "type": "string",
        "description": "File or folder to search"
      },
      "glob": {
        "type": "string",
        "description": "Only files matching this glob"
      }
    },
    "required": [
      "pattern"
    ],
    "additionalProperties": false
  },
  // TODO(agentdef): implement `grep`; `input` holds the arguments the model sent.
  execute: async (input) => {
    void input
    throw new Error("not implemented: grep")
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

const listDirectoryTool = tool({
  name: "list_directory",
  description: "List the entries of a folder.",
  parameters: {
    "type": "object",
    "properties": {
      "path": {
        "type": "string",
        "description": "Path of the folder"
      }
    },
    "required": [
      "path"
    ],
    "additionalProperties": false
  },
  // TODO(agentdef): implement `list_directory`; `input` holds the arguments the model sent.
  execute: async (input) => {
    void input
    throw new Error("not implemented: list_directory")
  },
})

export const schemaAuditorAgent = new Agent({
  name: "Schema Auditor",
  instructions: [
    "You audit schema migrations. You never run them.",
    "",
    "## What you check",
    "- Locks: an `ALTER TABLE` that rewrites a large table.",
    "- Data loss: a dropped column still read by the code.",
    "",
    "## How you report",
    "One finding per line: the file, the statement, the risk, the safer form.",
  ].join("\n"),
  handoffDescription: "Audits database migrations for locking and data-loss risks. Use before a migration is merged.",
  model: "gpt-5.5",
  modelSettings: {
    "reasoning": {
      "effort": "high"
    }
  },
  tools: [readFileTool, grepTool, globTool, listDirectoryTool],
})

export default schemaAuditorAgent
