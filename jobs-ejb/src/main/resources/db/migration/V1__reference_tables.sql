-- Reference tables of rules.md R1. Stock, price and trading-rule rows may name banks or habitats that
-- do not exist (R1.3 ignores them), so those columns carry no foreign keys.

create table reference_version (
    id         smallint primary key default 1 check (id = 1),
    version    text        not null,
    loaded_at  timestamptz not null default now()
);

create table distinctiveness_levels (
    distinctiveness text primary key,
    level_value     integer not null
);

create table habitats (
    habitat_name    text primary key,
    broad_type      text not null,
    distinctiveness text not null,
    ledger          text not null check (ledger in ('area', 'hedgerow', 'watercourse'))
);

create table banks (
    bank_id               text primary key,
    bank_name             text not null,
    lpa_name              text,
    nca_name              text,
    postcode              text,
    lat                   numeric,
    lon                   numeric,
    waterbody_catchment   text,
    operational_catchment text
);

create table stock (
    stock_id              text primary key,
    bank_id               text    not null,
    habitat_name          text    not null,
    available_excl_quotes numeric not null,
    quoted                numeric not null
);
create index stock_bank_habitat on stock (bank_id, habitat_name);

create table prices (
    price_id      bigint generated always as identity primary key,
    bank_id       text    not null,
    habitat_name  text    not null,
    contract_size text    not null,
    tier          text    not null,
    price         numeric not null
);
create index prices_lookup on prices (bank_id, contract_size, tier);

create table srm (
    tier       text primary key,
    multiplier numeric not null check (multiplier > 0),
    rank       integer not null
);

create table contract_sizes (
    contract_size       text primary key,
    rank                integer not null unique,
    max_units_exclusive numeric,
    admin_fee           numeric not null
);

create table trading_rules (
    trading_rule_id        bigint generated always as identity primary key,
    demand_habitat         text not null,
    allowed_supply_habitat text not null,
    min_distinctiveness    text
);

create table lpa_adjacency (
    lpa_adjacency_id bigint generated always as identity primary key,
    lpa_a            text not null,
    lpa_b            text not null
);

create table nca_adjacency (
    nca_adjacency_id bigint generated always as identity primary key,
    nca_a            text not null,
    nca_b            text not null
);
