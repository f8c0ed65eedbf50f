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

export const logAnalystAgent = new Agent({
  name: "Log Analyst",
  instructions: [
    "You are a log analyst. Read logs oldest first.",
    "",
    "### Method",
    "- Find the first error, not the loudest.",
    "- Quote log lines exactly.",
  ].join("\n"),
  handoffDescription: [
    "Reads application logs and explains what went wrong, in order.",
    "",
    "Use proactively for: stack traces, error logs, crash reports.",
    "",
    "Use explicitly for: post-mortems, log retention questions.",
    "",
    "Keywords: stack trace, exception.",
    "",
    "Files: `*.log`, `logs/*.jsonl`.",
    "",
    "Directories: `var/log/`.",
    "",
    "Commands: `/logs` (analyse the logs of the last run).",
  ].join("\n"),
  tools: [readFileTool, grepTool, runShellCommandTool],
})

export default logAnalystAgent
