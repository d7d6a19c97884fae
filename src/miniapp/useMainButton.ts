'use client'
import { useEffect, useRef } from 'react'

import {
  hideMainButton,
  onBackButton,
  onMainButton,
  setBackButton,
  showMainButton,
} from './telegram'

export interface MainAction {
  text: string
  enabled: boolean
  loading?: boolean
  run: () => void
}

/** Puts `action` on Telegram's main button while the screen shows, and hides it after. */
export function useMainButton(action: MainAction | null) {
  const run = useRef(action?.run)
  run.current = action?.run
  useEffect(() => onMainButton(() => run.current?.()), [])
  const text = action?.text ?? null
  const enabled = action?.enabled ?? false
  const loading = action?.loading ?? false
  useEffect(() => {
    if (text === null) hideMainButton()
    else showMainButton(text, enabled, loading)
  }, [text, enabled, loading])
  useEffect(() => hideMainButton, [])
}

/** Shows Telegram's back button while `back` is set, calling it when pressed. */
export function useBackButton(back: (() => void) | null) {
  const run = useRef(back)
  run.current = back
  useEffect(() => onBackButton(() => run.current?.()), [])
  const shown = Boolean(back)
  useEffect(() => setBackButton(shown), [shown])
}

/**
 * A screen's action for the main button: given to the shell while the screen shows, with the
 * latest `run` (so a handler closing over the screen's state never goes stale).
 */
export function useScreenAction(
  setAction: (action: MainAction | null) => void,
  action: MainAction | null,
) {
  const run = useRef(action?.run)
  run.current = action?.run
  const text = action?.text ?? null
  const enabled = action?.enabled ?? false
  const loading = action?.loading ?? false
  useEffect(() => {
    setAction(text === null ? null : { text, enabled, loading, run: () => run.current?.() })
  }, [setAction, text, enabled, loading])
  useEffect(() => () => setAction(null), [setAction])
}
