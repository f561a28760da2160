-- The client document sent by e-mail (issue 19): every message composed for a quote, kept whether it was
-- delivered over SMTP (SENT), put in the outbox because no mail server is configured (OUTBOX), or refused
-- by the server (FAILED, with the reason): nothing composed is lost.
create table quote_messages (
    message_id bigint generated always as identity primary key,
    reference  text        not null references quotes (reference),
    created_at timestamptz not null default now(),
    created_by text        not null,
    recipient  text        not null,
    subject    text        not null,
    eml        bytea       not null,
    status     text        not null check (status in ('SENT', 'OUTBOX', 'FAILED')),
    reason     text
);
create index quote_messages_reference on quote_messages (reference, message_id);
create index quote_messages_created on quote_messages (created_at desc);
