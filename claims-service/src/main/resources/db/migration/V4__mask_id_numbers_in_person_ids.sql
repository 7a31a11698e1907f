-- Before this version a personId that was (or held) an ID number was accepted, and supervisors could search
-- by one; the API now refuses both. What was stored is masked as idNumberMasked is (first 6 and last 4
-- characters kept), so that no answer, event or audit entry gives the number away. Redacting personal data is
-- the one change the append-only access log admits: the owner role lifts its trigger for this statement only.
CREATE OR REPLACE FUNCTION pg_temp.mask_id_numbers(text) RETURNS text LANGUAGE sql IMMUTABLE AS $$
    SELECT regexp_replace($1, '(?<![0-9])([0-9]{6})[0-9]{8}([0-9]{3}[0-9Xx])(?![0-9Xx])', '\1********\2', 'g')
$$;
UPDATE settlement SET person_id = pg_temp.mask_id_numbers(person_id)
 WHERE person_id ~ '[0-9]{17}[0-9Xx]';
UPDATE enrollment SET person_id = pg_temp.mask_id_numbers(person_id)
 WHERE person_id ~ '[0-9]{17}[0-9Xx]';
UPDATE outbox SET payload = pg_temp.mask_id_numbers(payload)
 WHERE payload ~ '"personId":"[^"]*[0-9]{17}[0-9Xx]';
ALTER TABLE access_log DISABLE TRIGGER access_log_no_update;
UPDATE access_log SET details = pg_temp.mask_id_numbers(details::text)::jsonb
 WHERE details::text ~ '[0-9]{17}[0-9Xx]';
ALTER TABLE access_log ENABLE TRIGGER access_log_no_update;
