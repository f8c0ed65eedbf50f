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

export const sqlWriterAgent = new Agent({
  name: "SQL Writer",
  instructions: "You write the SQL for an approved migration plan.",
  handoffDescription: "After a migration plan is approved.",
  tools: [readFileTool, grepTool, globTool, listDirectoryTool, writeFileTool, editFileTool, runShellCommandTool],
})

export default sqlWriterAgent
