morning-empty = No orders for { $date }.
morning-title = Summary for { $date }
morning-orders = Orders: { $count }, total { $total }
morning-delivery = 🚚 Delivery: { $count }, { $total }
morning-pickup = 🏪 Pickup: { $count }, { $total }
morning-products = To bake:
morning-product = • { $name }: { $quantity } { $unit } (delivery { $delivery }, pickup { $pickup })
