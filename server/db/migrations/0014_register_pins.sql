-- A staff member's PIN for logging in at a register and approving as a manager there. It is a
-- PBKDF2 hash like password_hash (its own salt and iteration count in the text) and goes out
-- to the tenant's registers only (change-feed entity "register_staff"), which check it
-- offline. NULL: no PIN, the person cannot log in at a register.
ALTER TABLE users ADD COLUMN pin_hash TEXT;
