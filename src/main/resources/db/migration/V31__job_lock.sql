-- ShedLock's table: a scheduled job that must run once per cluster (renewals, retention purge, backup,
-- clean-up) holds its row until lock_until, so the other nodes skip that run (docs/deployment.md).
create table shedlock (
    name       varchar(64)  not null primary key,
    lock_until timestamp    not null,
    locked_at  timestamp    not null,
    locked_by  varchar(255) not null
);
