-- A person's manager (another person), for teams in reports and for HR systems' exports.
alter table person add column manager_id bigint references person (id);
create index ix_person_manager on person (manager_id);
