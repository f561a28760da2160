-- Watch-lists (issue 20): a request watched until all its units can be met or it costs less than a figure,
-- re-optimised through the job queue at every new reference-data version; notifications for their owners.
create table watches (
    watch_id          bigint generated always as identity primary key,
    owner             text        not null,
    name              text        not null,
    request           jsonb       not null,
    condition         text        not null check (condition in ('ALL_MET', 'COST_BELOW')),
    threshold         numeric check (threshold > 0),
    email             text,
    active            boolean     not null default true,
    met               boolean     not null default false,
    last_job_id       uuid,
    evaluated_version text,
    pending_job_id    uuid,
    pending_version   text,
    created_at        timestamptz not null default now(),
    check ((condition = 'COST_BELOW') = (threshold is not null))
);
create index watches_owner on watches (owner, watch_id);
create index watches_due on watches (active, pending_job_id);

create table notifications (
    notification_id bigint generated always as identity primary key,
    owner           text        not null,
    watch_id        bigint references watches (watch_id) on delete set null,
    created_at      timestamptz not null default now(),
    message         text        not null,
    job_id          uuid,
    read_at         timestamptz
);
create index notifications_owner on notifications (owner, notification_id desc);

-- A watch's e-mail goes through the same outbox as the client document, without a quote.
alter table quote_messages alter column reference drop not null;
