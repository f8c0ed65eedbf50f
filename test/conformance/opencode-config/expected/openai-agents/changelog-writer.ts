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

const webFetchTool = tool({
  name: "web_fetch",
  description: "Fetch a web page and answer a question about it.",
  parameters: {
    "type": "object",
    "properties": {
      "url": {
        "type": "string",
        "description": "The URL"
      },
      "prompt": {
        "type": "string",
        "description": "What to extract"
      }
    },
    "required": [
      "url"
    ],
    "additionalProperties": false
  },
  // TODO(agentdef): implement `web_fetch`; `input` holds the arguments the model sent.
  execute: async (input) => {
    void input
    throw new Error("not implemented: web_fetch")
  },
})

const webSearchTool = tool({
  name: "web_search",
  description: "Search the web.",
  parameters: {
    "type": "object",
    "properties": {
      "query": {
        "type": "string",
        "description": "The search query"
      }
    },
    "required": [
      "query"
    ],
    "additionalProperties": false
  },
  // TODO(agentdef): implement `web_search`; `input` holds the arguments the model sent.
  execute: async (input) => {
    void input
    throw new Error("not implemented: web_search")
  },
})

const delegateToAgentTool = tool({
  name: "delegate_to_agent",
  description: "Hand a task to another agent.",
  parameters: {
    "type": "object",
    "properties": {
      "agent": {
        "type": "string",
        "description": "Name of the agent"
      },
      "prompt": {
        "type": "string",
        "description": "The task"
      }
    },
    "required": [
      "agent",
      "prompt"
    ],
    "additionalProperties": false
  },
  // TODO(agentdef): implement `delegate_to_agent`; `input` holds the arguments the model sent.
  execute: async (input) => {
    void input
    throw new Error("not implemented: delegate_to_agent")
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

const skillTool = tool({
  name: "skill",
  description: "The `skill` tool of the source agent; its arguments are not known.",
  parameters: {
    "type": "object",
    "properties": {},
    "required": [],
    "additionalProperties": true
  },
  // The source does not say what this tool takes: open parameters, which need `strict: false`.
  strict: false,
  // TODO(agentdef): implement `skill`; `input` holds the arguments the model sent.
  execute: async (input) => {
    void input
    throw new Error("not implemented: skill")
  },
})

export const changelogWriterAgent = new Agent({
  name: "Changelog Writer",
  instructions: "{file:./prompts/changelog.md}",
  handoffDescription: "Drafts changelog entries from merged pull requests.",
  tools: [readFileTool, writeFileTool, editFileTool, grepTool, globTool, listDirectoryTool, webFetchTool, webSearchTool, delegateToAgentTool, todoWriteTool, skillTool],
})

export default changelogWriterAgent
