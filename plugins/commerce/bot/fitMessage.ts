/** Telegram takes at most 4,096 characters in a message. */
const MESSAGE_LIMIT = 4000

/** A text that must fit in one message is cut, and says so with "…". */
export function fitMessage(text: string, max = MESSAGE_LIMIT): string {
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`
}

/**
 * A text that must be read whole, in as few messages as it takes: cut between paragraphs where
 * it can, between lines where a paragraph is too long, and through a line only when one line is.
 */
export function splitMessage(text: string, max = MESSAGE_LIMIT): string[] {
  const parts: string[] = []
  let part = ''
  for (const paragraph of text.split('\n\n')) {
    const joined = part ? `${part}\n\n${paragraph}` : paragraph
    if (joined.length <= max) {
      part = joined
      continue
    }
    if (part) parts.push(part)
    part = ''
    for (const line of paragraph.split('\n')) {
      const next = part ? `${part}\n${line}` : line
      if (next.length <= max) {
        part = next
        continue
      }
      if (part) parts.push(part)
      part = line
      while (part.length > max) {
        parts.push(part.slice(0, max))
        part = part.slice(max)
      }
    }
  }
  if (part) parts.push(part)
  return parts
}
