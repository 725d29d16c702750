-- User string attributes that filters may use and that have no column of their own (title,
-- nickName, name.middleName, addresses.locality, phoneNumbers.value, the enterprise extension's
-- department or manager.value, ...): one row per value, lower-cased and cut to 500 characters, so
-- that filters on them run as indexed SQL with bound values. Rewritten by the application whenever
-- a user is created or changed; removed with the user. Users stored before this migration are
-- indexed the next time they change.
create table user_attribute (
    user_id         uuid not null references app_user (id) on delete cascade,
    organization_id uuid not null,
    path            varchar(100) not null,
    idx             int not null,
    value_key       varchar(500) not null,
    primary key (user_id, path, idx)
);
create index user_attribute_value_idx on user_attribute (organization_id, path, value_key);
