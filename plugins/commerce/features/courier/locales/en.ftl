courier-tracking = Your order #{ $number } is with the courier. Follow the delivery here: { $url }
courier-staff-conflict = ⚠️ Courier: order #{ $number } is "{ $order }", but the courier reports "{ $reported }". The order was left as it is; see Delivery → Courier deliveries.
courier-staff-failed = ⚠️ Courier: the delivery of order #{ $number } failed ("{ $order }" now). Call the client and the courier service.
courier-staff-withdrawn = ⚠️ Courier: the courier service cancelled the delivery of order #{ $number } ("{ $order }" now). Arrange another delivery.
