import { describe, expect, it } from '@jest/globals'

import { afterClientMessage, afterStaffAnswer, withStatus } from '@/domain/conversation'

describe('a support conversation', () => {
  it('opens on the first message, counts each unread one, and opens again with one unread after closing', () => {
    expect(afterClientMessage(null)).toEqual({ status: 'open', unreadCount: 1 })
    expect(afterClientMessage({ status: 'open', unreadCount: 3 })).toEqual({
      status: 'open',
      unreadCount: 4,
    })
    expect(afterClientMessage({ status: 'closed', unreadCount: 5 })).toEqual({
      status: 'open',
      unreadCount: 1,
    })
  })

  it('has nothing unread once staff answer or close it; reopening keeps the count', () => {
    expect(afterStaffAnswer({ status: 'open', unreadCount: 4 })).toEqual({
      status: 'open',
      unreadCount: 0,
    })
    expect(withStatus({ status: 'open', unreadCount: 4 }, 'closed')).toEqual({
      status: 'closed',
      unreadCount: 0,
    })
    expect(withStatus({ status: 'closed', unreadCount: 0 }, 'open')).toEqual({
      status: 'open',
      unreadCount: 0,
    })
  })
})
