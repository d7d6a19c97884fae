const FORBIDDEN = /[[\]:*?/\\]/g
const MAX = 31

/**
 * Names Excel accepts for sheets: at most 31 characters, none of `[]:*?/\`, no apostrophe at
 * either end, not empty, not "History", and unique without regard to case. Each call takes a
 * name and remembers it.
 */
export function sheetNamer() {
  const used = new Set<string>(['history'])
  return (wanted: string): string => {
    const base =
      wanted
        .replace(FORBIDDEN, ' ')
        .replace(/\s+/g, ' ')
        .trim()
        .replace(/^'+|'+$/g, '')
        .trim() || 'Sheet'
    for (let n = 1; ; n++) {
      const suffix = n === 1 ? '' : ` (${n})`
      const name = base.slice(0, MAX - suffix.length).trimEnd() + suffix
      if (!used.has(name.toLowerCase())) {
        used.add(name.toLowerCase())
        return name
      }
    }
  }
}
