-- Roster core schema. Portable SQL: runs on PostgreSQL and on the embedded H2 (PostgreSQL mode).
-- Case-insensitive lookups use *_key columns holding the lower-cased value, so that the same
-- unique indexes work on both databases.

create table organization (
    id                  uuid primary key,
    slug                varchar(64)  not null,
    name                varchar(200) not null,
    created_at          timestamp with time zone not null,
    identity_provider   varchar(32),
    default_role        varchar(16),
    auto_activate_users boolean not null default true,
    sync_groups         boolean not null default true,
    scim_enabled        boolean not null default false,
    version             bigint  not null default 0
);
create unique index organization_slug_uq on organization (slug);

create table sso_configuration (
    organization_id         uuid primary key references organization (id),
    protocol                varchar(16)  not null,
    issuer                  varchar(500) not null,
    client_id               varchar(300) not null,
    client_secret_encrypted varchar(2000),
    active                  boolean not null default false,
    activated_at            timestamp with time zone,
    updated_at              timestamp with time zone not null
);

create table scim_token (
    id              uuid primary key,
    organization_id uuid not null references organization (id),
    name            varchar(200) not null,
    token_hash      varchar(64)  not null,
    created_at      timestamp with time zone not null,
    expires_at      timestamp with time zone,
    revoked_at      timestamp with time zone,
    last_used_at    timestamp with time zone
);
create unique index scim_token_hash_uq on scim_token (token_hash);
create index scim_token_org_idx on scim_token (organization_id);

create table role_mapping (
    id              uuid primary key,
    organization_id uuid not null references organization (id),
    source          varchar(8)   not null,
    idp_value       varchar(300) not null,
    idp_value_key   varchar(300) not null,
    role            varchar(16)  not null,
    created_at      timestamp with time zone not null
);
create unique index role_mapping_value_uq on role_mapping (organization_id, source, idp_value_key);

create table app_user (
    id                uuid primary key,
    organization_id   uuid not null references organization (id),
    user_name         varchar(300) not null,
    user_name_key     varchar(300) not null,
    external_id       varchar(300),
    display_name      varchar(300),
    email             varchar(320),
    email_key         varchar(320),
    given_name        varchar(200),
    family_name       varchar(200),
    active            boolean not null,
    status            varchar(16) not null,
    role              varchar(16) not null,
    role_reason       varchar(16) not null,
    role_mapping_id   uuid,
    scim_managed      boolean not null,
    password_hash     varchar(300),
    attributes        text,
    created_at        timestamp with time zone not null,
    last_modified_at  timestamp with time zone not null,
    version           bigint not null default 0
);
create unique index app_user_name_uq on app_user (organization_id, user_name_key);
create index app_user_external_id_idx on app_user (organization_id, external_id);
create index app_user_email_idx on app_user (organization_id, email_key);
create index app_user_created_idx on app_user (organization_id, created_at, id);

-- IdP role values of a user (roles[].value), kept for set-based role mapping.
create table user_idp_role (
    user_id         uuid not null references app_user (id) on delete cascade,
    organization_id uuid not null,
    ordinal         int  not null,
    value_key       varchar(300) not null,
    primary key (user_id, ordinal)
);
create index user_idp_role_value_idx on user_idp_role (organization_id, value_key);

create table scim_group (
    id               uuid primary key,
    organization_id  uuid not null references organization (id),
    display_name     varchar(300) not null,
    display_name_key varchar(300) not null,
    external_id      varchar(300),
    created_at       timestamp with time zone not null,
    last_modified_at timestamp with time zone not null,
    version          bigint not null default 0
);
create unique index scim_group_name_uq on scim_group (organization_id, display_name_key);
create index scim_group_external_id_idx on scim_group (organization_id, external_id);

create table group_member (
    group_id        uuid not null references scim_group (id) on delete cascade,
    member_id       uuid not null,
    organization_id uuid not null,
    primary key (group_id, member_id)
);
create index group_member_member_idx on group_member (member_id);

create table audit_event (
    id              uuid primary key,
    organization_id uuid not null,
    at              timestamp with time zone not null,
    actor           varchar(320) not null,
    action          varchar(64)  not null,
    target_type     varchar(32),
    target_id       varchar(100),
    outcome         varchar(16)  not null,
    detail          varchar(2000),
    request_id      varchar(64)
);
create index audit_event_org_at_idx on audit_event (organization_id, at, id);
create index audit_event_target_idx on audit_event (organization_id, target_id, at);
