-- E-mail the shop sends on its customers' behalf (receipts a register queued while the customer
-- waited). A message is kept here first, in the transaction that asked for it, and then handed
-- to the mail spool; "queued" rows left by a crash in between are spooled at the next start.
CREATE TABLE outbound_emails (
    tenant_id TEXT NOT NULL REFERENCES tenants (id),
    id TEXT NOT NULL,
    kind TEXT NOT NULL,
    order_id TEXT,
    to_address TEXT NOT NULL,
    subject TEXT NOT NULL,
    body TEXT NOT NULL,
    status TEXT NOT NULL,
    created_at BIGINT NOT NULL,
    sent_at BIGINT,
    PRIMARY KEY (tenant_id, id)
);
CREATE INDEX outbound_emails_by_status ON outbound_emails (status, created_at);
