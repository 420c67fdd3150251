-- Issue 11: a deactivated account is anonymised on erasure (Art. 17) or by the retention rule access.user.deactivated;
-- the row stays (the audit log references it) without personal data.
ALTER TABLE app_user ADD COLUMN anonymised_at TIMESTAMP WITH TIME ZONE;
