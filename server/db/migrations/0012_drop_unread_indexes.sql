-- Indexes by created_at that no query reads: they were kept for pruning old idempotency
-- claims and ledger rows, which does not exist yet. Each cost a b-tree insert, and a page
-- written to the log, for every mutation and every order line (a third of the pages an
-- order.create writes on these three tables). Pruning, when it comes, brings the index it
-- needs.
DROP INDEX sync_mutations_by_created;
DROP INDEX stock_mutations_by_created;
DROP INDEX stock_movements_by_created;
