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

const todoWriteTool = tool({
  name: "todo_write",
  description: "Replace the task list.",
  parameters: {
    "type": "object",
    "properties": {
      "todos": {
        "type": "array",
        "items": {
          "type": "object",
          "properties": {
            "content": {
              "type": "string",
              "description": "The task"
            },
            "status": {
              "type": "string",
              "enum": [
                "pending",
                "in_progress",
                "completed"
              ]
            }
          },
          "required": [
            "content",
            "status"
          ],
          "additionalProperties": false
        }
      }
    },
    "required": [
      "todos"
    ],
    "additionalProperties": false
  },
  // TODO(agentdef): implement `todo_write`; `input` holds the arguments the model sent.
  execute: async (input) => {
    void input
    throw new Error("not implemented: todo_write")
  },
})

export const releaseManagerAgent = new Agent({
  name: "Release Manager",
  instructions: [
    "You prepare releases for this repository.",
    "",
    "- Collect the merged changes since the last tag with `git log --oneline <last-tag>..HEAD`.",
    "- Group them under Added, Changed, Fixed and Removed in `CHANGELOG.md`.",
    "- Bump the version with `npm version <major|minor|patch> --no-git-tag-version`.",
    "- Never push or publish: stop and list the commands the user should run.",
  ].join("\n"),
  handoffDescription: [
    "Prepares a release: changelog, version bump, tag. Use when the user asks to cut, prepare or publish a release.",
    "",
    "Examples:",
    "<example>",
    "Context: The main branch has new features since the last tag.",
    "user: \"Can you get 2.4.0 ready?\"",
    "assistant: \"I'll use the release-manager agent to collect the changes since v2.3.1, update CHANGELOG.md and bump the version.\"",
    "<commentary>",
    "A named version and \"get ready\" mean a release is being prepared.",
    "</commentary>",
    "</example>",
    "<example>",
    "Context: A hotfix was merged.",
    "user: \"Ship the fix for the login crash as a patch\"",
    "assistant: \"Let me hand this to the release-manager agent to prepare a patch release.\"",
    "</example>",
  ].join("\n"),
  model: "gpt-6.1-sol",
  tools: [readFileTool, editFileTool, runShellCommandTool, todoWriteTool],
})

export default releaseManagerAgent
