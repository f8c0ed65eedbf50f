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

export const migrationPlannerAgent = new Agent({
  name: "Migration Planner",
  instructions: [
    "You plan schema migrations and never run them.",
    "",
    "## Steps",
    "",
    "1. Read the current schema and the requested change.",
    "2. Order the steps so that each one leaves the database usable.",
    "3. Mark every step that takes a table lock, and say for how long.",
    "4. Write the rollback of each step beside it.",
  ].join("\n"),
  handoffDescription: "Plans database schema migrations: orders the steps, flags the ones that lock tables, and writes a rollback for each. Use before any change to a schema.",
  model: "gpt-6.1-sol",
  tools: [readFileTool, grepTool, globTool],
})

export default migrationPlannerAgent
