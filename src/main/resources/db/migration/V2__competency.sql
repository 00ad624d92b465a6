-- The competency framework. Text columns hold JSON objects of translations: {"en": "..."}.

create table proficiency_level (
    level       integer primary key,
    name        varchar(1000) not null,
    description varchar(4000) not null,
    version     bigint not null default 0,
    constraint ck_proficiency_level check (level between 1 and 4)
);

create table competency (
    code       varchar(10) primary key,
    position   integer not null,
    name       varchar(1000) not null,
    definition varchar(4000) not null,
    level1     varchar(4000) not null,
    level2     varchar(4000) not null,
    level3     varchar(4000) not null,
    level4     varchar(4000) not null,
    sources    varchar(4000) not null,
    version    bigint not null default 0
);
