-- What the start-up import last imported (docs/decisions/0036-load-and-start-up.md): one fingerprint of
-- the whole content folder, and one of the catalogue and framework as that import left them. A restart
-- that finds both unchanged reads no content file's YAML at all. Portable SQL: H2 and PostgreSQL.
create table content_pack (
    name        varchar(32) not null primary key,
    fingerprint varchar(64) not null,
    catalogue   varchar(64) not null,
    imported_at timestamp with time zone not null
);
