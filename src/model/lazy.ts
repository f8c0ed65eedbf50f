/**
 * Properties computed when first read. A prompt's outline needs the Markdown tree,
 * and most builds never read it (no built-in target writes it): it is made a lazy
 * property so that the tree is built only for a reader that asks (a custom template,
 * the model as JSON), as issue 11 asks. Once read, the value is an ordinary data
 * property; writing it first makes it one too.
 */

/**
 * Makes `key` of `object` a property computed by `compute` on its first read. It keeps
 * its place among the object's keys when it is already there (JSON and `toEqual` see
 * the same object as an eager one).
 */
export function lazyProperty<T extends object, K extends keyof T>(object: T, key: K, compute: () => T[K]): void {
  const settle = (value: T[K]) => {
    Object.defineProperty(object, key, { value, writable: true, enumerable: true, configurable: true })
    return value
  }
  Object.defineProperty(object, key, {
    get: () => settle(compute()),
    set: settle,
    enumerable: true,
    configurable: true,
  })
}

/**
 * `key` of `object` changed by `change`: at once when it is a value, else when it is
 * first read (the value it would have computed, changed).
 */
export function mapProperty<T extends object, K extends keyof T>(object: T, key: K, change: (value: T[K]) => T[K]): void {
  const descriptor = Object.getOwnPropertyDescriptor(object, key)
  if (descriptor?.get === undefined) {
    object[key] = change(object[key])
    return
  }
  const read = descriptor.get
  lazyProperty(object, key, () => change(read.call(object) as T[K]))
}
