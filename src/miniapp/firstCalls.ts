/**
 * The page's first two calls (`me` and `catalog`) leave from an inline script in the HTML, while
 * the scripts still download and run: on a slow phone that is most of a second the catalog no
 * longer waits. The shell takes the answers once, when the init data is the one it launched with.
 */
export const FIRST_CALLS_SCRIPT = `(function () {
  try {
    var raw = new URLSearchParams(location.hash.slice(1)).get('tgWebAppData')
    if (!raw) return
    var call = function (path) {
      var answer = fetch('/api/miniapp/' + path, { headers: { authorization: 'tma ' + raw } })
      answer.catch(function () {})
      return answer
    }
    window.__tandirFirstCalls = { raw: raw, me: call('me'), catalog: call('catalog') }
  } catch (error) {}
})()`

interface FirstCalls {
  raw: string
  me: Promise<Response>
  catalog: Promise<Response>
}

/** The calls the HTML started for `rawInitData`, once; null when there are none (then call again). */
export function takeFirstCalls(rawInitData: string): FirstCalls | null {
  const host = window as { __tandirFirstCalls?: FirstCalls }
  const calls = host.__tandirFirstCalls
  delete host.__tandirFirstCalls
  return calls?.raw === rawInitData ? calls : null
}
