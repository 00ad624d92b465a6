-- Company sign-in (OpenID Connect): which identity at which provider is which person. The provider's
-- subject is the one identifier it promises never to reuse or change; e-mail and username are only
-- used to find the person at their first sign-in (docs/decisions/0037-company-sign-in.md).
create table person_login (
    issuer       varchar(500) not null,
    subject      varchar(255) not null,
    provider     varchar(64)  not null,
    person_id    bigint       not null references person (id) on delete cascade,
    last_sign_in timestamp with time zone not null,
    primary key (issuer, subject)
);

create index ix_person_login_person on person_login (person_id);
