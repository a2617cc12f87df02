-- A refused dossier's page states the reason (the refusal notice, Mẫu 03, gives it too): kept in
-- the status read model when the DossierRefused event is recorded.
ALTER TABLE dossier_status ADD COLUMN refusal_reason VARCHAR(2000) NULL;
