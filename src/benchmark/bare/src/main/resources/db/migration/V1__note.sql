create sequence note_seq start with 1 increment by 50;
create table note (id bigint primary key, text varchar(200));
