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
    const base = wanted.replace(FORBIDDEN, ' ').replace(/\s+/g, ' ')
    for (let n = 1; ; n++) {
      const suffix = n === 1 ? '' : ` (${n})`
      // Trimmed after the cut too: "… O'zbekiston" cut at 31 may end in an apostrophe.
      const name =
        (withoutEndQuotes(withoutEndQuotes(base).slice(0, MAX - suffix.length)) || 'Sheet') + suffix
      if (!used.has(name.toLowerCase())) {
        used.add(name.toLowerCase())
        return name
      }
    }
  }
}

const withoutEndQuotes = (name: string) =>
  name
    .trim()
    .replace(/^'+|'+$/g, '')
    .trim()
