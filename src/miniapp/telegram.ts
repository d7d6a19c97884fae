import {
  backButton,
  cloudStorage,
  hapticFeedback,
  init,
  initData,
  locationManager,
  mainButton,
  miniApp,
  mockTelegramEnv,
  openLink,
  retrieveRawInitData,
  themeParams,
} from '@telegram-apps/sdk-react'

import type { Language } from '@/domain/languages'
import { miniappLanguage } from '@/domain/miniappTexts'

/** What the app learned from Telegram at launch. */
export interface Launch {
  /** The raw init data, sent as `Authorization: tma <raw>` on every API call. */
  rawInitData: string
  language: Language
  /** True inside a Telegram client; false in a browser opened with launch parameters (development). */
  native: boolean
}

/**
 * Starts the SDK from the launch parameters Telegram put in the URL hash, or says null when there
 * are none (an ordinary browser): the page then explains instead of crashing.
 */
export function startTelegram(): Launch | null {
  let rawInitData: string | undefined
  try {
    rawInitData = retrieveRawInitData()
  } catch {
    return null
  }
  if (!rawInitData) return null
  const native = hasNativeBridge()
  // A browser with launch parameters has nobody to post events to: the SDK's calls become no-ops
  // and the page draws its own main and back buttons.
  if (!native) mockTelegramEnv({ onEvent: () => {} })
  init()
  initData.restore()
  themeParams.mountSync.ifAvailable()
  themeParams.bindCssVars.ifAvailable()
  miniApp.mountSync.ifAvailable()
  miniApp.bindCssVars.ifAvailable()
  backButton.mount.ifAvailable()
  mainButton.mount.ifAvailable()
  miniApp.ready.ifAvailable()
  const language = miniappLanguage(initData.user()?.language_code)
  return { rawInitData, language, native }
}

/** Whether a Telegram client hosts the page: its webview proxy, Windows Phone's notify, or web's parent frame. */
function hasNativeBridge(): boolean {
  const host = window as unknown as {
    TelegramWebviewProxy?: unknown
    external?: { notify?: unknown }
  }
  return (
    Boolean(host.TelegramWebviewProxy) ||
    typeof host.external?.notify === 'function' ||
    window.self !== window.top
  )
}

export function isDarkTheme(): boolean {
  return themeParams.isDark()
}

/** Telegram's main button below the page (to the cart, checkout, place the order). */
export function showMainButton(text: string, enabled: boolean, loading: boolean) {
  mainButton.setParams.ifAvailable({
    text,
    isVisible: true,
    isEnabled: enabled,
    isLoaderVisible: loading,
  })
}

export function hideMainButton() {
  mainButton.setParams.ifAvailable({ isVisible: false, isLoaderVisible: false })
}

export function onMainButton(listener: () => void): () => void {
  const [called, off] = mainButton.onClick.ifAvailable(listener)
  return called ? off : () => {}
}

export function setBackButton(visible: boolean) {
  if (visible) backButton.show.ifAvailable()
  else backButton.hide.ifAvailable()
}

export function onBackButton(listener: () => void): () => void {
  const [called, off] = backButton.onClick.ifAvailable(listener)
  return called ? off : () => {}
}

export const haptic = {
  tap: () => hapticFeedback.impactOccurred.ifAvailable('light'),
  select: () => hapticFeedback.selectionChanged.ifAvailable(),
  success: () => hapticFeedback.notificationOccurred.ifAvailable('success'),
  error: () => hapticFeedback.notificationOccurred.ifAvailable('error'),
}

/** Telegram's cloud storage for this user and bot, when the client offers it. */
export function hasCloudStorage(): boolean {
  return cloudStorage.setItem.isAvailable()
}

export async function cloudGet(key: string): Promise<string> {
  return cloudStorage.getItem(key)
}

export async function cloudSet(key: string, value: string): Promise<void> {
  await cloudStorage.setItem(key, value)
}

/** The user's location through Telegram's location manager, or null when refused or unavailable. */
export async function requestLocation(): Promise<{ latitude: number; longitude: number } | null> {
  try {
    if (!locationManager.isMounted()) await locationManager.mount()
    if (!locationManager.isAvailable()) return null
    const located = (await locationManager.requestLocation()) as {
      latitude?: number
      longitude?: number
    } | null
    if (typeof located?.latitude !== 'number' || typeof located.longitude !== 'number') return null
    return { latitude: located.latitude, longitude: located.longitude }
  } catch {
    return null
  }
}

/** Opens a payment page: inside Telegram through its in-app browser, in a browser in a new tab. */
export function openPaymentLink(url: string, native: boolean) {
  const [called] = native ? openLink.ifAvailable(url) : [false]
  if (!called) window.open(url, '_blank', 'noopener')
}
