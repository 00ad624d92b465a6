-- Reports read everyone's standings for a period at once. The index holds every column they read, so
-- H2 answers from the index alone: 100,000 overall standings in about 40 ms instead of 300 (ADR 0015).
create index ix_standing_period on competency_standing (period, trainee_id, competency, weight_units, level_units);
create index ix_assignment_module on assignment (module_key);
create index ix_person_job_role on person (job_role_id);
