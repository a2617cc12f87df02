-- Online dossiers of procedures with an online fee, counted when filed: the denominator of the
-- online-payment share, summed like the other counters instead of testing each row's procedure
-- against the list of fee-bearing procedures at every page view.
ALTER TABLE stat_daily ADD COLUMN fee_bearing_online INT NOT NULL DEFAULT 0;
