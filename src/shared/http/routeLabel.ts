import type { Endpoint, SanitizedConfig } from 'payload'

/**
 * The endpoint a request reached, as its declared path (`/orders/:id`, `/globals/settings`,
 * `/telegram/webhook`), never the ids in it: a metric label that stays a short, fixed list
 * whatever callers send. Found the way Payload's router finds the handler; anything no endpoint
 * serves is `unmatched`.
 */
export function routeLabel(
  config: Pick<SanitizedConfig, 'routes' | 'collections' | 'globals' | 'endpoints'>,
  method: string,
  pathname: string,
): string {
  const api = config.routes.api.replace(/\/$/, '')
  if (!pathname.startsWith(`${api}/`) && pathname !== api) return 'unmatched'
  const rest = pathname.slice(api.length).replace(/\/$/, '') || '/'
  const [first, second] = rest.split('/').slice(1)
  if (first === 'globals') {
    const global = config.globals.find((each) => each.slug === second)
    if (global) return scoped(`/globals/${global.slug}`, global.endpoints, method, rest)
  }
  const collection = config.collections.find((each) => each.slug === first)
  if (collection) return scoped(`/${collection.slug}`, collection.endpoints, method, rest)
  return matching(config.endpoints, method, rest) ?? 'unmatched'
}

function scoped(
  prefix: string,
  endpoints: Endpoint[] | false | undefined,
  method: string,
  rest: string,
): string {
  const inside = rest.slice(prefix.length) || '/'
  const path = matching(endpoints || [], method, inside)
  return path === undefined ? `${prefix}/unmatched` : `${prefix}${path === '/' ? '' : path}`
}

function matching(endpoints: Endpoint[], method: string, path: string): string | undefined {
  const verb = method.toLowerCase()
  return endpoints.find(
    (endpoint) => endpoint.method === verb && patternOf(endpoint.path).test(path),
  )?.path
}

const patterns = new Map<string, RegExp>()

/** Payload's endpoint paths use `:param` and a trailing optional `:param?`. */
function patternOf(path: string): RegExp {
  let pattern = patterns.get(path)
  if (!pattern) {
    const source = path
      .split('/')
      .slice(1)
      .map((segment) =>
        segment.startsWith(':')
          ? segment.endsWith('?')
            ? '(?:/[^/]+)?'
            : '/[^/]+'
          : `/${segment.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`,
      )
      .join('')
    pattern = new RegExp(`^${source || '/'}$`)
    patterns.set(path, pattern)
  }
  return pattern
}
