-- PostgreSQL-only: trigram indexes so that 'co', 'sw' and 'ew' filters and the admin user
-- search use an index instead of a sequential scan.
create extension if not exists pg_trgm;
create index app_user_name_trgm_idx on app_user using gin (user_name_key gin_trgm_ops);
create index app_user_email_trgm_idx on app_user using gin (email_key gin_trgm_ops);
