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

const explainQueryTool = tool({
  name: "explain_query",
  description: "The `explain_query` tool of the source agent; its arguments are not known.",
  parameters: {
    "type": "object",
    "properties": {},
    "required": [],
    "additionalProperties": true
  },
  // The source does not say what this tool takes: open parameters, which need `strict: false`.
  strict: false,
  // TODO(agentdef): implement `explain_query`; `input` holds the arguments the model sent.
  execute: async (input) => {
    void input
    throw new Error("not implemented: explain_query")
  },
})

export const schemaReviewerAgent = new Agent({
  name: "Schema Reviewer",
  instructions: [
    "You review schema changes.",
    "",
    "## Checks",
    "- Every new column has a default or a backfill plan.",
    "- Indexes match the queries that use them.",
    "- Renames are split into add, copy, drop.",
  ].join("\n"),
  handoffDescription: [
    "Reviews database schema changes before they are merged. Use when a migration or an ORM model changes.",
    "",
    "Files: `migrations/*.sql`, `models/*.py`.",
    "",
    "Commands: `/schema-review` (review the current branch).",
    "",
    "Examples:",
    "<example>",
    "Context: A pull request adds a migration.",
    "user: \"Is this migration safe to run on production?\"",
    "assistant: \"I'll have the schema reviewer check the migration for locking and backfill problems.\"",
    "<commentary>",
    "A migration about to ship is what this assistant reviews.",
    "</commentary>",
    "</example>",
  ].join("\n"),
  model: "gpt-4.1",
  modelSettings: {
    "temperature": 0.2,
    "topP": 1
  },
  tools: [readFileTool, grepTool, explainQueryTool],
})

export default schemaReviewerAgent
