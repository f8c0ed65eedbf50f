/** Sizes as people write them: `1048576`, `512k`, `2m` (binary units, as `--max-size` and the config's `maxSize`). */
export function sizeOf(value: string | number): number | undefined {
  if (typeof value === 'number') return Number.isInteger(value) && value > 0 ? value : undefined
  const m = /^(\d+)\s*(k|kb|kib|m|mb|mib)?$/i.exec(value.trim())
  if (!m) return undefined
  const unit = (m[2] ?? '').toLowerCase()
  const bytes = Number(m[1]) * (unit.startsWith('m') ? 1024 * 1024 : unit.startsWith('k') ? 1024 : 1)
  return bytes > 0 ? bytes : undefined
}
