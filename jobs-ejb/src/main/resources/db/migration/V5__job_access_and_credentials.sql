-- Who may follow a job (issue 16): its submitter, the users who joined it by submitting the same request
-- while it was live, and admins. A joined job is cancelled only when nobody else waits for it.
create table job_watchers (
    job_id   uuid not null references jobs (job_id) on delete cascade,
    username text not null,
    primary key (job_id, username)
);

-- A session signed in before the user's password last changed ends (issue 16).
alter table users add column credentials_changed_at timestamptz not null default now();
