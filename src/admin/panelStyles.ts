/** A panel of the dashboard (sales, support, credits), on the admin theme's raised background. */
export const card = {
  background: 'var(--theme-elevation-50)',
  borderRadius: 'var(--style-radius-m, 4px)',
  padding: 'var(--base)',
}

export const cell = { padding: '2px 12px 2px 0', textAlign: 'left' as const }
export const numberCell = { ...cell, textAlign: 'right' as const, whiteSpace: 'nowrap' as const }

/** Secondary text: the period before, the ranges. */
export const muted = { color: 'var(--theme-elevation-500)' }
