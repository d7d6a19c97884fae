pricelist-title = Bugungi narxlaringiz:
pricelist-base = { $name } — { $unit } uchun { $price }
pricelist-own = ★ { $name } — { $unit } uchun { $price }
pricelist-own-note = ★ kelishilgan narxingiz
pricelist-empty = Hozir hech narsa sotuvda yo'q.
pricelist-register-first = Avval ro'yxatdan o'ting: /start ni bosing.
help-pricelist = /pricelist — bugungi narxlaringiz
