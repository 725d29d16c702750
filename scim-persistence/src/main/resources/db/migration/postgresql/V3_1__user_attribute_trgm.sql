-- PostgreSQL-only: 'co', 'sw' and 'ew' filters on indexed user attributes use a trigram index.
create index user_attribute_value_trgm_idx on user_attribute using gin (value_key gin_trgm_ops);
