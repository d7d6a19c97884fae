import type { IncomingMessage, Server, ServerResponse } from 'node:http'
import net, { type Socket } from 'node:net'

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
 * sending its next request on it (the client sees ECONNRESET or "other side closed"). So during a
 * stop every answer says `Connection: close`, and an idle connection is closed by us only once it
 * sat idle for the keep-alive timeout the server announced (`Keep-Alive: timeout=5`): a client
 * that honours it no longer sends on it. A second was not enough: undici reuses a socket idle for
 * up to four.
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
            if (Date.now() - since >= server.keepAliveTimeout) socket.destroy()
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
