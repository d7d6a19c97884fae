import { MiniApp } from '@/miniapp/MiniApp'

/** The shop inside Telegram; everything about the user comes from the launch parameters in the browser. */
export default function MiniappPage() {
  return <MiniApp />
}
