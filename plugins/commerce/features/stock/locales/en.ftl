stock-watch-saved = Fine, we will tell you when it is back.
stock-already-back = It is in stock already: choose it in /order.
stock-product-gone = This product is no longer sold.
stock-register-first = Please register first: /start
stock-back-in-stock = 🔔 { $product } is back in stock. Order: /order
stock-pull-failing = ⚠️ The warehouse is failing: { $count } stock pulls in a row did not work. Stock stays as last known. Error: { $error }
