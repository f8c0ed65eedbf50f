/**
 * Every report the opencode target makes goes through `report`, so that the
 * shape of a report (today `Note`, see ../types.ts) changes in one place.
 */
import type { Note } from '../types.js'

export type Report = (severity: Note['severity'], rule: Note['rule'], message: string, field?: string, value?: string) => void

/** A reporter that adds notes to `notes`. */
export function reporter(notes: Note[]): Report {
  return (severity, rule, message, field, value) => {
    notes.push({ severity, rule, message, ...(field !== undefined ? { field } : {}), ...(value !== undefined ? { value } : {}) })
  }
}
