-- Quotes as business records (issue 18, quotes.md Q1–Q5). The quote number sequence is created by the
-- Java migration 6.1, which starts it at QUOTE_REFERENCE_START.

create table introducers (
    introducer_id  bigint generated always as identity primary key,
    name           text        not null,
    discount_type  text        not null check (discount_type in ('NONE', 'PERCENTAGE', 'TIER_UP')),
    discount_value numeric check (discount_value between 0 and 100),
    email          text,
    active         boolean     not null default true,
    created_at     timestamptz not null default now(),
    check ((discount_type = 'PERCENTAGE') = (discount_value is not null))
);
create unique index introducers_name on introducers (lower(name));

create table customers (
    customer_id bigint generated always as identity primary key,
    name        text        not null,
    company     text,
    email       text,
    phone       text,
    address     text,
    -- The keys by which two customers are one (Q1): trimmed lower-case e-mail, phone digits (7 or more).
    email_key   text,
    phone_key   text,
    created_by  text        not null,
    created_at  timestamptz not null default now()
);
create unique index customers_email_key on customers (email_key) where email_key is not null;
create unique index customers_phone_key on customers (phone_key) where phone_key is not null;
create index customers_name on customers (lower(name));

create table quotes (
    reference         text primary key,
    base_reference    text        not null,
    revision          int         not null,
    status            text        not null check (status in ('DRAFT', 'ISSUED', 'ACCEPTED', 'DECLINED', 'WITHDRAWN', 'EXPIRED')),
    customer_id       bigint      not null references customers (customer_id),
    introducer_id     bigint references introducers (introducer_id),
    site_location     text,
    site_postcode     text,
    notes             text,
    job_id            uuid        not null,
    request           jsonb       not null,
    result            jsonb       not null,
    reference_version text        not null,
    solver_status     text        not null,
    lpa               text,
    nca               text,
    manual_lines      jsonb       not null default '[]',
    result_total      numeric     not null,
    manual_subtotal   numeric     not null,
    total             numeric     not null,
    created_by        text        not null,
    created_at        timestamptz not null default now(),
    issued_at         timestamptz,
    valid_until       date,
    decided_at        timestamptz,
    unique (base_reference, revision)
);
create index quotes_created on quotes (created_at desc);
create index quotes_customer on quotes (customer_id);
create index quotes_status_valid on quotes (status, valid_until);

-- Who moved a quote from which status to which, and when (Q3).
create table quote_events (
    event_id    bigint generated always as identity primary key,
    reference   text        not null references quotes (reference),
    at          timestamptz not null default now(),
    actor       text        not null,
    from_status text,
    to_status   text        not null,
    detail      text        not null default ''
);
create index quote_events_reference on quote_events (reference, event_id);

-- The units an issued quote holds on each stock row (Q4), released on decline, withdrawal or expiry and
-- replaced by the sale on acceptance.
create table quote_holds (
    reference text    not null references quotes (reference),
    stock_id  text    not null,
    units     numeric not null check (units > 0),
    primary key (reference, stock_id)
);

-- Each run of the expiry, by whichever instance held the lock: proves that runs never overlap.
create table quote_expiry_runs (
    run_id      bigint generated always as identity primary key,
    instance    text        not null,
    started_at  timestamptz not null,
    finished_at timestamptz not null,
    expired     int         not null
);
