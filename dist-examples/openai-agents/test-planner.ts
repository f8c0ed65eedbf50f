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

export const testPlannerAgent = new Agent({
  name: "Test Planner",
  instructions: [
    "You plan tests; you do not write the code under test.",
    "",
    "## How you work",
    "1. Read the task and the code it touches.",
    "2. List the behaviours that must not change, and the new ones.",
    "3. For each, name the test: where it lives, what it sets up, what it asserts.",
    "",
    "## What you hand back",
    "A checklist the implementer can follow, smallest test first.",
  ].join("\n"),
  handoffDescription: "Plans the tests a change needs before any code is written. Use when a task touches behaviour users rely on.",
  model: "gpt-5.6-terra",
  modelSettings: {
    "reasoning": {
      "effort": "medium"
    }
  },
  tools: [readFileTool, grepTool, globTool, listDirectoryTool],
})

export default testPlannerAgent
