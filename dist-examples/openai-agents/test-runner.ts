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

export const testRunnerAgent = new Agent({
  name: "Test Runner",
  instructions: [
    "You run the project's tests and explain what failed.",
    "",
    "## How you work",
    "",
    "1. Run the test command the project documents (`npm test` when unsure).",
    "2. For each failure, read the test and the code it exercises.",
    "3. Report: the test, the cause in one sentence, and the smallest fix.",
    "",
    "Never change a test to make it pass.",
  ].join("\n"),
  handoffDescription: "Runs the test suite and explains each failure. Use after a change, before review.",
  model: "gpt-6-luna",
  tools: [readFileTool, grepTool, runShellCommandTool],
})

export default testRunnerAgent
