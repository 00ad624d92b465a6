-- Refresher training: an assignment may repeat every N months after each completion.
alter table assignment_rule add column recurrence_months integer;
