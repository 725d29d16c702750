-- Break-glass password sign-in (issue 10): an organization may turn the admins' password sign-in
-- off once an Admin has signed in through its SSO; it comes back on whenever SSO stops working.
alter table sso_configuration add column password_sign_in boolean default true not null;
