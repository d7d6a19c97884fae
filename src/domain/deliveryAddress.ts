/** Where a delivery goes when the order names no address: the client's delivery address, else their legal one. */
export function usualAddressOf(client: {
  deliveryAddress?: string | null
  legalAddress?: string | null
}): string | null {
  return client.deliveryAddress || client.legalAddress || null
}
