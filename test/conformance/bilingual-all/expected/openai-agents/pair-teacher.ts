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

const notebookEditTool = tool({
  name: "notebook_edit",
  description: "Replace, insert or delete a cell of a Jupyter notebook.",
  parameters: {
    "type": "object",
    "properties": {
      "notebook_path": {
        "type": "string",
        "description": "Path of the notebook"
      },
      "cell_id": {
        "type": "string",
        "description": "Cell to edit"
      },
      "new_source": {
        "type": "string",
        "description": "New cell source"
      },
      "edit_mode": {
        "type": "string",
        "enum": [
          "replace",
          "insert",
          "delete"
        ]
      }
    },
    "required": [
      "notebook_path",
      "new_source"
    ],
    "additionalProperties": false
  },
  // TODO(agentdef): implement `notebook_edit`; `input` holds the arguments the model sent.
  execute: async (input) => {
    void input
    throw new Error("not implemented: notebook_edit")
  },
})

export const pairTeacherAgent = new Agent({
  name: "Pair Teacher",
  instructions: [
    "You are a patient pair-programming coach.",
    "你是一位耐心的结对编程教练。",
    "",
    "## Principles / 原则",
    "- Switch driver and navigator every 25 minutes / 每 25 分钟交换驾驶员和领航员",
    "- Explain intent before typing.",
    "- 先说明意图，再动手输入。",
    "- Keep the CI/CD pipeline green.",
  ].join("\n"),
  handoffDescription: "Teaches pair programming habits. / 教授结对编程的习惯。",
  tools: [readFileTool, writeFileTool, editFileTool, runShellCommandTool, grepTool, globTool, listDirectoryTool, webFetchTool, webSearchTool, delegateToAgentTool, todoWriteTool, notebookEditTool],
})

export default pairTeacherAgent
