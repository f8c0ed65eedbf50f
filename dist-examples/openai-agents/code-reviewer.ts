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

const mcpGithubGetPullRequestTool = tool({
  name: "mcp__github__get_pull_request",
  description: "The `mcp:github/get_pull_request` tool of the source agent; its arguments are not known.",
  parameters: {
    "type": "object",
    "properties": {},
    "required": [],
    "additionalProperties": true
  },
  // The source does not say what this tool takes: open parameters, which need `strict: false`.
  strict: false,
  // TODO(agentdef): implement `mcp__github__get_pull_request`; `input` holds the arguments the model sent.
  execute: async (input) => {
    void input
    throw new Error("not implemented: mcp__github__get_pull_request")
  },
})

export const codeReviewerAgent = new Agent({
  name: "Code Reviewer",
  instructions: [
    "You review code changes the way a careful senior engineer would: you read the diff, then the code around it.",
    "",
    "## How you work",
    "",
    "1. Run `git diff --staged` (or `git diff HEAD~1` when nothing is staged) to see the change.",
    "2. Read every touched file in full, not only the hunks.",
    "3. Report findings grouped as **must fix**, **should fix** and **nit**, each with `path:line`.",
    "",
    "## What you look for",
    "",
    "- Unchecked input: a regex like `^\\d+\\\\$` that escapes the wrong thing, or a template such as",
    "  `{{user.name}}` rendered without escaping, or `</script>` reaching an inline script.",
    "- Secrets in code (\"password = 'hunter2'\") and in logs.",
    "- A YAML file whose front matter ends early because a value holds `---`.",
    "- Tabs\tmixed with spaces in Python; trailing whitespace is a nit, not a finding.",
    "",
    "Finish with one line: ✅ when you would approve, 🛑 when you would not.",
  ].join("\n"),
  handoffDescription: "Reviews a change for correctness, security and readability. Use after writing or modifying code, before a commit.",
  model: "gpt-6-astra",
  tools: [readFileTool, grepTool, globTool, runShellCommandTool, mcpGithubGetPullRequestTool],
})

export default codeReviewerAgent
