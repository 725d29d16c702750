-- State every node of a cluster must see alike (issue 13, cluster). Portable SQL (PostgreSQL and H2).

-- Secrets Roster generates for itself (the admin token signing key), encrypted with
-- ROSTER_SECRET_KEY; 'secret-key-check' holds a known value encrypted with it, so that a node
-- started with another key refuses to start instead of failing on every stored secret.
create table shared_secret (
    name            varchar(100) primary key,
    value_encrypted text not null,
    created_at      timestamp with time zone not null
);

-- Failed password sign-ins per account (a SHA-256 of organization and email) since its last
-- success: the sign-in throttle counts attempts made through any node.
create table sign_in_failure (
    account        varchar(64) primary key,
    failures       integer not null,
    last_failed_at timestamp with time zone not null
);
