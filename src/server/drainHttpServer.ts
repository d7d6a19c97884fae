import type { IncomingMessage, Server, ServerResponse } from 'node:http'
import net, { type Socket } from 'node:net'

/** How long a kept-alive connection may sit idle during a stop before it is closed. */
const IDLE_GRACE_MS = 1_000

export interface HttpDrain {
  /** Requests being answered now. */
  inFlight: () => number
  /**
   * Stops taking connections and resolves once every request in flight is answered; connections
   * still open after `ms` are cut. Resolves true when nothing had to be cut.
   */
  drain: (ms: number) => Promise<boolean>
}

/**
 * Tracks a server's requests so a stop can let them finish. Keep-alive connections are the catch:
 * the listener's close waits for them, and closing one the moment it falls idle races a client that is
 * sending its next request on it (the client sees ECONNRESET). So during a stop every answer says
 * `Connection: close`, and a connection is closed by us only after it sat idle for a second.
 */
export function trackRequests(server: Server): HttpDrain {
  const open = new Set<ServerResponse>()
  // Connections with no request being answered, and since when.
  const idleSince = new Map<Socket, number>()
  let draining = false
  server.on('connection', (socket: Socket) => {
    idleSince.set(socket, Date.now())
    socket.once('close', () => idleSince.delete(socket))
  })
  server.prependListener('request', (request: IncomingMessage, response: ServerResponse) => {
    open.add(response)
    idleSince.delete(request.socket)
    if (draining) response.shouldKeepAlive = false
    response.once('close', () => {
      open.delete(response)
      const busy = [...open].some((other) => other.req.socket === request.socket)
      if (!busy && !request.socket.destroyed) idleSince.set(request.socket, Date.now())
    })
  })
  return {
    inFlight: () => open.size,
    drain: (ms) =>
      new Promise((resolve) => {
        draining = true
        for (const response of open) if (!response.headersSent) response.shouldKeepAlive = false
        let cut = false
        const idle = setInterval(() => {
          for (const [socket, since] of idleSince)
            if (Date.now() - since >= IDLE_GRACE_MS) socket.destroy()
        }, 100)
        const deadline = setTimeout(() => {
          cut = true
          server.closeAllConnections()
        }, ms)
        // net's close, not http's: http's closes every idle connection at once, racing their clients.
        net.Server.prototype.close.call(server, () => {
          clearInterval(idle)
          clearTimeout(deadline)
          resolve(!cut)
        })
      }),
  }
}
