-- Civil servants are deactivated, never deleted: the audit trail and the work items keep naming
-- them. A deactivated member has citizen rights only.
ALTER TABLE staff_member ADD COLUMN active TINYINT NOT NULL DEFAULT 1;
