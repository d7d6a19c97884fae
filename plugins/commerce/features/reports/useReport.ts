'use client'
import { useEffect, useState } from 'react'

import { fetchReport } from './fetchReport'

/**
 * A report the server rendered (`initial`, for `url` null) or one loaded from `url`. The last one
 * shown stays while the next loads (`loading`), so the panel does not blink empty.
 */
export function useReport<T>(url: string | null, initial: T) {
  const [state, setState] = useState<{ url: string | null; data: T; error: string | null }>({
    url: null,
    data: initial,
    error: null,
  })
  useEffect(() => {
    if (url === null) {
      setState({ url, data: initial, error: null })
      return
    }
    let current = true
    fetchReport<T>(url)
      .then((data) => {
        if (current) setState({ url, data, error: null })
      })
      .catch((failure: Error) => {
        if (current) setState((shown) => ({ ...shown, url, error: failure.message }))
      })
    return () => {
      current = false
    }
  }, [url, initial])
  return { data: state.data, error: state.error, loading: state.url !== url }
}
