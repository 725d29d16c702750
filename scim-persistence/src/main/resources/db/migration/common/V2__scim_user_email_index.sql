-- Emails of SCIM users, one row per value, so that filters such as
-- emails[type eq "work" and value co "@example.com"] run as indexed queries. Rewritten by the
-- application whenever a user is created or changed; removed with the user.
create table user_email (
    user_id         uuid not null references app_user (id) on delete cascade,
    organization_id uuid not null,
    ordinal         int  not null,
    value_key       varchar(320) not null,
    type_key        varchar(64),
    is_primary      boolean not null default false,
    primary key (user_id, ordinal)
);
create index user_email_value_idx on user_email (organization_id, value_key);
create index group_member_org_member_idx on group_member (organization_id, member_id);
create index scim_group_created_idx on scim_group (organization_id, created_at, id);
