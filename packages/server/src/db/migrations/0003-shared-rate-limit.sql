-- Several instances on one Postgres share the write rate limit: one counter per client hash and fixed
-- window, and the day's salt of the client hash (deleted once the day is over, so older hashes cannot be
-- linked to addresses). The embedded database (one process) keeps both in memory and leaves these empty.
CREATE TABLE rate_limits (
  client_hash text NOT NULL,
  window_start timestamptz NOT NULL,
  count integer NOT NULL,
  PRIMARY KEY (client_hash, window_start)
);
CREATE TABLE client_salts (
  day date PRIMARY KEY,
  salt text NOT NULL
);
