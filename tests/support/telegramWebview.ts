/**
 * What a Telegram client does around a Mini App, for a browser test: the URL hash with the launch
 * parameters, and the native side of the bridge (`TelegramWebviewProxy.postEvent` in, events back
 * through `Telegram.WebView.receiveEvent`) with cloud storage kept across reloads and a location.
 */
export interface Theme {
  bg_color: string
  text_color: string
  hint_color: string
  link_color: string
  button_color: string
  button_text_color: string
  secondary_bg_color: string
}

export const DARK: Theme = {
  bg_color: '#17212b',
  text_color: '#f5f5f5',
  hint_color: '#708499',
  link_color: '#6ab3f3',
  button_color: '#5288c1',
  button_text_color: '#ffffff',
  secondary_bg_color: '#232e3c',
}

export const LIGHT: Theme = {
  bg_color: '#ffffff',
  text_color: '#000000',
  hint_color: '#999999',
  link_color: '#2481cc',
  button_color: '#2481cc',
  button_text_color: '#ffffff',
  secondary_bg_color: '#efeff3',
}

/** `/miniapp` as Telegram opens it: signed init data, version, platform and theme in the hash. */
export function miniappUrl(base: string, initData: string, theme: Theme): string {
  const hash = new URLSearchParams({
    tgWebAppData: initData,
    tgWebAppVersion: '8.0',
    tgWebAppPlatform: 'tdesktop',
    tgWebAppThemeParams: JSON.stringify(theme),
  })
  return `${base}/miniapp#${hash}`
}

/** The native side, installed before the page's scripts run (`page.addInitScript`). */
export function emulateTelegramClient() {
  type Posted = [string, Record<string, unknown> | undefined]
  const saved = sessionStorage.getItem('fake-telegram-cloud')
  const cloud: Record<string, string> = saved ? JSON.parse(saved) : {}
  const posted: Posted[] = []
  const host = window as unknown as {
    Telegram?: { WebView?: { receiveEvent?: (type: string, data?: unknown) => void } }
    __telegram: { posted: Posted[]; cloud: Record<string, string> }
    TelegramWebviewProxy: { postEvent: (type: string, data?: string) => void }
  }
  host.__telegram = { posted, cloud }
  const reply = (type: string, data?: unknown) =>
    setTimeout(() => host.Telegram?.WebView?.receiveEvent?.(type, data), 0)
  host.TelegramWebviewProxy = {
    postEvent(type, data) {
      const params = data ? JSON.parse(data) : undefined
      posted.push([type, params])
      if (type === 'web_app_invoke_custom_method') {
        const { req_id, method, params: args } = params
        if (method === 'getStorageValues')
          reply('custom_method_invoked', {
            req_id,
            result: Object.fromEntries(args.keys.map((key: string) => [key, cloud[key] ?? ''])),
          })
        if (method === 'saveStorageValue') {
          cloud[args.key] = args.value
          sessionStorage.setItem('fake-telegram-cloud', JSON.stringify(cloud))
          reply('custom_method_invoked', { req_id, result: true })
        }
      }
      if (type === 'web_app_check_location')
        reply('location_checked', { available: true, access_requested: true, access_granted: true })
      if (type === 'web_app_request_location')
        reply('location_requested', {
          available: true,
          latitude: 41.311081,
          longitude: 69.240562,
          altitude: null,
          course: null,
          speed: null,
          horizontal_accuracy: 10,
          vertical_accuracy: null,
          course_accuracy: null,
          speed_accuracy: null,
        })
    },
  }
}
