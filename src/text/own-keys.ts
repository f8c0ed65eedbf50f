/**
 * Reading and writing keys that come from untrusted input (`constructor`,
 * `__proto__`) as plain data: never an inherited property, never the prototype.
 */

/** `Object.hasOwn` for tables looked up by untrusted keys (`constructor`, `__proto__`). */
export function getOwnValue<T>(table: Record<string, T>, key: string): T | undefined {
  return Object.hasOwn(table, key) ? table[key] : undefined
}

/** Sets an own, enumerable data property, so that a key such as `__proto__` stays plain data. */
export function setDataProperty(target: object, key: string, value: unknown): void {
  Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true })
}
