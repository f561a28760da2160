-- The durable record of every optimisation job. Redis holds the fast path (queue, progress, cache);
-- this table is what survives Redis losing its data.

create table jobs (
    job_id            uuid primary key,
    job_key           text        not null,
    request_hash      text        not null,
    reference_version text        not null,
    request           jsonb       not null,
    status            text        not null check (status in ('queued', 'started', 'finished', 'failed', 'cancelled')),
    progress          integer     not null default 0 check (progress between 0 and 100),
    cached            boolean     not null default false,
    result            jsonb,
    error             text,
    instance          text,
    attempts          integer     not null default 0,
    created_at        timestamptz not null default now(),
    started_at        timestamptz,
    finished_at       timestamptz
);

create index jobs_created_at on jobs (created_at desc);
create index jobs_job_key on jobs (job_key);
-- At most one live job per key: the database backs up the single-flight rule of the API.
create unique index jobs_one_live_per_key on jobs (job_key) where status in ('queued', 'started');
