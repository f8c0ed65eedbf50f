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

const postStatusUpdateTool = tool({
  name: "post_status_update",
  description: "The `post_status_update` tool of the source agent; its arguments are not known.",
  parameters: {
    "type": "object",
    "properties": {},
    "required": [],
    "additionalProperties": true
  },
  // The source does not say what this tool takes: open parameters, which need `strict: false`.
  strict: false,
  // TODO(agentdef): implement `post_status_update`; `input` holds the arguments the model sent.
  execute: async (input) => {
    void input
    throw new Error("not implemented: post_status_update")
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

const mcpPagerdutyListIncidentsTool = tool({
  name: "mcp__pagerduty__list_incidents",
  description: "The `mcp:pagerduty/list_incidents` tool of the source agent; its arguments are not known.",
  parameters: {
    "type": "object",
    "properties": {},
    "required": [],
    "additionalProperties": true
  },
  // The source does not say what this tool takes: open parameters, which need `strict: false`.
  strict: false,
  // TODO(agentdef): implement `mcp__pagerduty__list_incidents`; `input` holds the arguments the model sent.
  execute: async (input) => {
    void input
    throw new Error("not implemented: mcp__pagerduty__list_incidents")
  },
})

const mcpPagerdutyGetIncidentTool = tool({
  name: "mcp__pagerduty__get_incident",
  description: "The `mcp:pagerduty/get_incident` tool of the source agent; its arguments are not known.",
  parameters: {
    "type": "object",
    "properties": {},
    "required": [],
    "additionalProperties": true
  },
  // The source does not say what this tool takes: open parameters, which need `strict: false`.
  strict: false,
  // TODO(agentdef): implement `mcp__pagerduty__get_incident`; `input` holds the arguments the model sent.
  execute: async (input) => {
    void input
    throw new Error("not implemented: mcp__pagerduty__get_incident")
  },
})

export const incidentScribeAgent = new Agent({
  name: "Incident Scribe",
  instructions: [
    "You keep the incident log while an outage is being handled.",
    "",
    "- Record each action with its time and who took it.",
    "- Ask for the customer impact when nobody has stated it.",
    "- At the end, draft the timeline for the postmortem.",
  ].join("\n"),
  handoffDescription: [
    "Keeps the incident log and drafts the postmortem timeline. Use during and after an outage.",
    "",
    "Keywords: outage, incident, postmortem.",
    "",
    "Examples:",
    "<example>",
    "user: \"We are paging the database on-call now\"",
    "assistant: \"Logged at 14:02: the database on-call was paged.\"",
    "</example>",
    "<example>",
    "Context: The outage is over.",
    "user: \"Write up what happened\"",
    "assistant: \"Here is the timeline for the postmortem.\"",
    "</example>",
  ].join("\n"),
  model: "gpt-5",
  modelSettings: {
    "reasoning": {
      "effort": "low"
    }
  },
  tools: [readFileTool, postStatusUpdateTool, webSearchTool, mcpPagerdutyListIncidentsTool, mcpPagerdutyGetIncidentTool],
})

export default incidentScribeAgent
