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

export const dependencyScoutAgent = new Agent({
  name: "Dependency Scout",
  instructions: [
    "You scout dependencies.",
    "",
    "1. List every manifest (package.json, go.mod, pyproject.toml) in the repository.",
    "2. For each dependency, find the newest release and any advisory that names it.",
    "3. Report the upgrades by risk: breaking, minor, patch.",
  ].join("\n"),
  handoffDescription: "Finds outdated and vulnerable dependencies and explains the upgrade path. Use before a release.",
  model: "gpt-6.1-sol",
  tools: [readFileTool, grepTool, globTool, listDirectoryTool, webFetchTool, webSearchTool],
})

export default dependencyScoutAgent
