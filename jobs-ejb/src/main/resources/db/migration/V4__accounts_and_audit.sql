-- Who may use the product (issue 8): people who sign in, the API tokens admins issue to machine
-- clients, and the audit log. Passwords are PBKDF2 hashes from the container; tokens are stored as
-- SHA-256 hashes of 256 random bits, so neither can be read back.

create table users (
    username      text primary key check (username ~ '^[A-Za-z0-9._@-]{1,64}$'),
    password_hash text        not null,
    role          text        not null check (role in ('quoter', 'admin')),
    enabled       boolean     not null default true,
    created_at    timestamptz not null default now()
);

create table api_tokens (
    token_id   uuid primary key,
    name       text        not null unique check (name ~ '^[A-Za-z0-9._@-]{1,64}$'),
    token_hash text        not null unique,
    created_by text        not null,
    created_at timestamptz not null default now(),
    expires_at timestamptz,
    revoked_at timestamptz
);

create table audit_log (
    audit_id bigserial primary key,
    at       timestamptz not null,
    actor    text        not null,
    action   text        not null,
    detail   text        not null default ''
);
create index audit_log_at on audit_log (at desc);

-- Whose quote a job is: quoters see their own history, admins everyone's.
alter table jobs add column submitted_by text;
create index jobs_submitted_by on jobs (submitted_by, created_at desc);

-- Every change of the reference data takes the next revision, so each version string is new and
-- results cached under an earlier one are never served again.
create sequence reference_revision;
