-- Staff tokens expire: a token made before this migration expires 180 days after it was made
-- (the default of HAPUR_STAFF_TOKEN_DAYS); revoke or replace it sooner with `hapur-server token …`.
ALTER TABLE staff_tokens ADD COLUMN expires_at timestamptz;
UPDATE staff_tokens SET expires_at = created_at + interval '180 days' WHERE expires_at IS NULL;
ALTER TABLE staff_tokens ALTER COLUMN expires_at SET NOT NULL;
