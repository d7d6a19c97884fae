/** Telegram takes at most 4,096 characters in a message: a longer text is cut, and says so with "…". */
export function fitMessage(text: string, max = 4000): string {
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`
}
