# The Mini App's API: what a person reads when a call is refused.
miniapp-auth-missing = Open the shop from the bot in Telegram: this request carries no Telegram sign-in (Authorization: tma …).
miniapp-auth-malformed = The Telegram sign-in data is broken: close the shop and open it again from the bot.
miniapp-auth-forged = The Telegram sign-in data is not signed by Telegram for this bot: open the shop from this bot.
miniapp-auth-expired = The Telegram sign-in has expired: close the shop and open it again from the bot.
miniapp-auth-no-user = The Telegram sign-in names no user: open the shop from a chat with the bot.
miniapp-rate-limited = Too many requests: try again in { $seconds } s.
miniapp-order-not-found = Order not found.
miniapp-not-cancellable = Order #{ $number } is { $status } now: only a new order can be cancelled. Please contact the bakery.
miniapp-empty-cart = The cart is empty: add at least one product.
miniapp-too-many-lines = An order has at most { $max } lines.
miniapp-too-long = { $field } is too long.
miniapp-bad-field = Check { $field }: it is missing or not valid.
miniapp-address-needed = Enter a delivery address or share your location.
miniapp-staff-client-waiting = New Mini App customer waiting for approval: { $name } ({ $username }).
