-- Roster as an OpenID Connect provider (issue 10): the host products that sign people in through
-- Roster (clients), Roster's signing keys, the short-lived state of each sign-in and the links
-- between an IdP identity and a provisioned user. Portable SQL (PostgreSQL and H2).

-- A host product. Redirect URIs are matched exactly; one per line. Only the secret's SHA-256.
create table oidc_client (
    client_id     varchar(64)   primary key,
    name          varchar(200)  not null,
    secret_hash   varchar(64)   not null,
    redirect_uris varchar(8000) not null,
    created_at    timestamp with time zone not null
);

-- Token signing keys, shared by every node: the private key is encrypted with ROSTER_SECRET_KEY.
-- The newest key not retired signs; a retired key stays published in the JWKS for the overlap.
create table oidc_signing_key (
    kid                   varchar(64)   primary key,
    public_jwk            varchar(4000) not null,
    private_key_encrypted varchar(8000) not null,
    created_at            timestamp with time zone not null,
    retired_at            timestamp with time zone
);

-- One sign-in between /oidc/authorize and /oidc/callback, found by the hash of the state Roster
-- sent to the IdP; deleted when the callback takes it, so a state works once.
create table oidc_flow (
    state_hash        varchar(64)   primary key,
    organization_id   uuid          not null references organization (id) on delete cascade,
    client_id         varchar(64)   not null references oidc_client (client_id) on delete cascade,
    redirect_uri      varchar(2000) not null,
    client_state      varchar(2000),
    client_nonce      varchar(2000),
    code_challenge    varchar(200)  not null,
    upstream_nonce    varchar(200)  not null,
    upstream_verifier varchar(200)  not null,
    expires_at        timestamp with time zone not null
);
create index oidc_flow_expires_idx on oidc_flow (expires_at);

-- An authorization code and what it was exchanged for: the code's hash, its binding (client,
-- redirect_uri, PKCE challenge, nonce, user) and the ids of the tokens issued for it, so that a
-- replayed code revokes them.
create table oidc_grant (
    id              uuid          primary key,
    code_hash       varchar(64)   not null,
    organization_id uuid          not null references organization (id) on delete cascade,
    user_id         uuid          not null references app_user (id) on delete cascade,
    client_id       varchar(64)   not null references oidc_client (client_id) on delete cascade,
    redirect_uri    varchar(2000) not null,
    code_challenge  varchar(200)  not null,
    nonce           varchar(2000),
    created_at      timestamp with time zone not null,
    expires_at      timestamp with time zone not null,
    redeemed_at     timestamp with time zone,
    revoked_at      timestamp with time zone,
    access_jti      varchar(64)
);
create unique index oidc_grant_code_uq on oidc_grant (code_hash);
create index oidc_grant_access_jti_idx on oidc_grant (access_jti);
create index oidc_grant_expires_idx on oidc_grant (expires_at);

-- The IdP identity (issuer, subject) a user signed in with the first time; from then on the link,
-- never the email alone, decides who signs in. One identity per user.
create table oidc_identity (
    organization_id uuid         not null references organization (id) on delete cascade,
    issuer          varchar(500) not null,
    subject         varchar(300) not null,
    user_id         uuid         not null references app_user (id) on delete cascade,
    linked_at       timestamp with time zone not null,
    primary key (organization_id, issuer, subject)
);
create unique index oidc_identity_user_uq on oidc_identity (user_id);
