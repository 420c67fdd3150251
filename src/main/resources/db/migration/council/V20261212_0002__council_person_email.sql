-- The address the office sends invitations and minutes to. Internal to the office: never in OParl or a public page.
ALTER TABLE council_person ADD COLUMN email TEXT;
