-- Why a job's units are unmet (issue 20): explained once, from the reference data of that moment, and then
-- the same on every request.
create table job_unavailability (
    job_id      uuid primary key references jobs (job_id) on delete cascade,
    computed_at timestamptz not null default now(),
    body        jsonb       not null
);

-- The statutory credits (issue 20): the price of a credit per tier, and each habitat's tier; two credits buy
-- a unit. Replaced whole by an admin, each time under a new version.
create table statutory_credit_prices (
    tier  text primary key,
    price numeric not null check (price >= 0)
);
create table statutory_credit_habitats (
    habitat text primary key,
    tier    text not null references statutory_credit_prices (tier)
);
create table statutory_credit_version (
    id        int primary key check (id = 1),
    version   text        not null,
    loaded_at timestamptz not null default now(),
    loaded_by text        not null
);
