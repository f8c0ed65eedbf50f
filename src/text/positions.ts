/** Moving carried positions from one text to another (the YAML text to the file, the repaired text to the author's). */
import type { Point, Position } from 'unist'
import type { FieldPosition } from '../model/draft.js'
import { setDataProperty } from './own-keys.js'

/** Every position of every field, moved point by point. */
export function moveFields(fields: Record<string, FieldPosition>, point: (at: Point) => Point): Record<string, FieldPosition> {
  const move = (position: Position): Position => ({ start: point(position.start), end: point(position.end) })
  const out: Record<string, FieldPosition> = {}
  for (const [key, field] of Object.entries(fields)) {
    setDataProperty(out, key, {
      position: move(field.position),
      ...(field.value ? { value: move(field.value) } : {}),
      ...(field.names ? { names: field.names.map(({ name, position }) => ({ name, position: move(position) })) } : {}),
    })
  }
  return out
}
