/** Small text helpers shared by normalisation and targets. */

/** The first `max` UTF-16 units of `text`, never ending on half a surrogate pair. */
export function clipUnits(text: string, max: number): string {
  if (text.length <= max) return text
  const code = text.charCodeAt(max - 1)
  return text.slice(0, code >= 0xd800 && code <= 0xdbff ? max - 1 : max)
}

/** `Object.hasOwn` for tables looked up by untrusted keys (`constructor`, `__proto__`). */
export function own<T>(table: Record<string, T>, key: string): T | undefined {
  return Object.hasOwn(table, key) ? table[key] : undefined
}

/** Sets an own, enumerable data property, so that a key such as `__proto__` stays plain data. */
export function defineOwn(target: object, key: string, value: unknown): void {
  Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true })
}
