-- A receipt, a refusal notice, a supplement request or a result is issued once per dossier, even
-- if two job executors ran the same job (a lock that expired under a slow node): the second insert
-- fails and its transaction, signature included, rolls back. The column holds the dossier code for
-- those document kinds (NULL for kinds issued repeatedly, like the apology letter, and once a
-- document is revoked, so a corrected one can be issued). Existing rows are left NULL.
ALTER TABLE issued_document ADD COLUMN once_per_dossier VARCHAR(60) NULL;
CREATE UNIQUE INDEX uq_issued_document_once ON issued_document (once_per_dossier, document_type);
