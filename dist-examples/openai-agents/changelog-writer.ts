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

const runShellCommandTool = tool({
  name: "run_shell_command",
  description: "Run a shell command in the workspace.",
  parameters: {
    "type": "object",
    "properties": {
      "command": {
        "type": "string",
        "description": "The command line"
      },
      "timeout_ms": {
        "type": "integer",
        "description": "Time limit in milliseconds"
      }
    },
    "required": [
      "command"
    ],
    "additionalProperties": false
  },
  // TODO(agentdef): implement `run_shell_command`; `input` holds the arguments the model sent.
  execute: async (input) => {
    void input
    throw new Error("not implemented: run_shell_command")
  },
})

export const changelogWriterAgent = new Agent({
  name: "Changelog Writer",
  instructions: [
    "You write changelog entries. Read the pull requests merged since the last tag",
    "(`git log <last-tag>..HEAD --merges`), group them under Added, Changed, Fixed and",
    "Removed, and write one line per change in the words a user of the project would",
    "use. Leave out changes to tests, CI and internal refactoring.",
  ].join("\n"),
  handoffDescription: "Writes the changelog entry for a release from the merged pull requests since the last tag. Use when a release branch is cut.",
  model: "gpt-6-luna",
  tools: [readFileTool, grepTool, globTool, runShellCommandTool],
})

export default changelogWriterAgent
