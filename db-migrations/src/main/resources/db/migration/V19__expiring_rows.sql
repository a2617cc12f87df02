-- Finished work items and notifications are removed once the history time to live has passed
-- (engine/retention, docs/deploy.md §7): these indexes let the nightly cleanup take the oldest
-- rows in order without reading the tables.
CREATE INDEX ix_work_item_finished ON work_item (is_open, completed_at);
CREATE INDEX ix_notification_created ON notification (created_at);
