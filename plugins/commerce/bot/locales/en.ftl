help = I can help you with:
help-always = /start to begin, /language to change the language, /cancel to stop what you are doing
unknown-button = This button is no longer valid. Press /start to begin again.
error = Sorry, something went wrong on our side. Please try again in a minute.
button-delivery = 🚚 Delivery
button-pickup = 🏪 Pickup
order-summary-total = Total: { $total }
order-summary-when = { $fulfillment }, { $date }
order-summary-address = Address: { $address }
order-summary-comment = Comment: { $comment }
order-summary-changed = The order has changed since this summary. Here is the current one.
status-new = New
status-accepted = Accepted
status-preparing = Preparing
status-on_the_way = On the way
status-delivered = Delivered
status-ready = Ready for pickup
status-given = Picked up
status-cancelled = Cancelled
not-your-order = This order is not in your list.
field-name = Organisation
field-contactName = Contact person
field-phone = Phone
field-inn = INN
field-mfo = MFO
field-bankAccount = Bank account
field-bankName = Bank
field-legalAddress = Legal address
field-deliveryAddress = Delivery address
field-vatRegCode = VAT registration code
field-empty = —
staff-only = This command is not available.
button-pay = 💳 Pay { $amount }
# One line of an order in every message.
order-line = • { $product } × { $quantity } = { $total }
# The Mini App shop: the menu button, /shop and its inline button.
shop-button = Shop
shop-open = The catalog, your cart and your orders, in the shop right inside Telegram.
shop-unavailable = The shop inside Telegram is not open yet. Order here: /order
shop-help = /shop to open the shop

# The catalog's out-of-stock mark and its "notify me" button (the stock feature answers it).
stock-out-mark = out of stock
stock-out-of-stock = { $product } is out of stock right now. Shall we tell you when it is back?
button-notify-back = 🔔 Notify me when back
