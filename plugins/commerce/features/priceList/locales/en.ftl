pricelist-title = Your prices today:
pricelist-base = { $name } — { $price } per { $unit }
pricelist-own = ★ { $name } — { $price } per { $unit }
pricelist-own-note = ★ your negotiated price
pricelist-empty = Nothing is on sale right now.
pricelist-register-first = Register first: press /start.
help-pricelist = /pricelist for your prices today
