flood-slow = You are writing very fast: please slow down a little. Messages sent too quickly are not passed on; orders and payments always go through.
flood-muted = Too many messages in a short time: your messages will not be passed on for { $minutes } min. Orders and payments still go through.
flood-staff-muted = 🔇 Client { $who } sent { $count } messages in { $seconds } s and is muted for { $minutes } min (orders and payments still pass).
