-- Birth dates at rest: masked ID numbers hide exactly the eight birth-date digits, so a plaintext birth date
-- next to them rebuilds the number. Keep the year in the clear (for age statistics) and the date AES-GCM
-- encrypted under the ID-number key. Rows stored before this version keep only the year: their birth date
-- is still inside the encrypted ID number.
ALTER TABLE settlement ADD COLUMN birth_year smallint, ADD COLUMN birth_date_enc bytea;
UPDATE settlement SET birth_year = extract(year FROM birth_date);
ALTER TABLE settlement ALTER COLUMN birth_year SET NOT NULL, DROP COLUMN birth_date;

-- Who did it: the token's name and the role it acted in, for every stored record and every reversal.
-- Null on rows stored before this version.
ALTER TABLE settlement ADD COLUMN submitted_by varchar(200), ADD COLUMN submitted_role varchar(20),
    ADD COLUMN reversed_by varchar(200), ADD COLUMN reversal_reason varchar(500);
ALTER TABLE enrollment ADD COLUMN submitted_by varchar(200), ADD COLUMN submitted_role varchar(20);
ALTER TABLE death_registration ADD COLUMN submitted_by varchar(200), ADD COLUMN submitted_role varchar(20);
