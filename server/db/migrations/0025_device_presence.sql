-- What each register last told the server about itself when it synced — its app's version and
-- how many sales and other changes still waited in its outbox — beside devices.last_seen_at, for
-- the backoffice's list of registers (is Till 2 still syncing? did it get the update?).
ALTER TABLE devices ADD COLUMN app_version TEXT;
ALTER TABLE devices ADD COLUMN pending_uploads BIGINT;
