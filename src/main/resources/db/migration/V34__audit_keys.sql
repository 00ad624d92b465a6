-- Audit entries become message keys with their arguments, shown in the reader's language (issue 21),
-- for the target where it is a description and for the detail. The target and detail columns stay: they
-- hold the English text, which the filter searches and which an entry without a key shows as it is.
alter table audit_entry add column target_key varchar(100);
-- The arguments, separated by U+001F (written U&'\001F' below, an argument never contains it). An
-- argument that is itself an audit text key (audit.text.none) is shown translated as well.
alter table audit_entry add column target_args varchar(1000);
alter table audit_entry add column detail_key varchar(100);
alter table audit_entry add column detail_args varchar(1000);

-- Existing entries whose English text is recognisable get their key, the rest keep showing their text
-- (identifiers such as usernames and item paths, exception messages, the summaries of repeated failed
-- sign-ins, whose list of usernames may hold any words, and report exports, whose filters were already
-- written in the exporting person's language).
update audit_entry
   set detail_key = 'audit.text.oneTimePassword',
       detail_args = ''
 where detail_key is null
   and action = 'PASSWORD_RESET' and detail = 'one-time password issued';
update audit_entry
   set detail_key = 'audit.text.details',
       detail_args = ''
 where detail_key is null
   and action = 'PERSON_UPDATED' and detail = 'details';
update audit_entry
   set detail_key = 'audit.text.erased',
       detail_args = ''
 where detail_key is null
   and action = 'PERSON_ERASED' and detail = 'personal data erased; training records kept under the pseudonym';
update audit_entry
   set detail_key = 'audit.text.created',
       detail_args = ''
 where detail_key is null
   and action = 'ORGANISATION_CHANGED' and detail = 'created';
update audit_entry
   set detail_key = 'audit.text.renamedOrMoved',
       detail_args = ''
 where detail_key is null
   and action = 'ORGANISATION_CHANGED' and detail = 'renamed or moved';
update audit_entry
   set detail_key = 'audit.text.renamed',
       detail_args = ''
 where detail_key is null
   and action = 'ORGANISATION_CHANGED' and detail = 'renamed';
update audit_entry
   set detail_key = 'audit.text.removed',
       detail_args = ''
 where detail_key is null
   and action = 'ORGANISATION_CHANGED' and detail = 'removed';
update audit_entry
   set detail_key = 'audit.text.none',
       detail_args = ''
 where detail_key is null
   and action = 'ORGANISATION_CHANGED' and detail = 'none';
update audit_entry
   set detail_key = 'audit.text.unchanged',
       detail_args = ''
 where detail_key is null
   and action = 'CONTENT_PUBLISHED' and detail = 'unchanged';
update audit_entry
   set detail_key = 'audit.text.withdrawn',
       detail_args = ''
 where detail_key is null
   and action = 'CONTENT_ARCHIVED' and detail = 'withdrawn from trainees';
update audit_entry
   set detail_key = 'audit.text.offeredAgain',
       detail_args = ''
 where detail_key is null
   and action = 'CONTENT_RESTORED' and detail = 'offered again';
update audit_entry
   set detail_key = 'audit.text.tooManyRequests',
       detail_args = ''
 where detail_key is null
   and action = 'ACCESS_DENIED' and detail = 'too many requests';
update audit_entry
   set detail_key = 'audit.text.wrongToken',
       detail_args = ''
 where detail_key is null
   and action = 'ACCESS_DENIED' and detail = 'wrong operator token';
update audit_entry
   set target_key = 'audit.text.defaultLanguage',
       target_args = ''
 where target_key is null
   and action = 'ORGANISATION_CHANGED' and target = 'default language';
update audit_entry
   set target_key = 'audit.text.auditLog',
       target_args = ''
 where target_key is null
   and action = 'REPORT_EXPORTED' and target = 'audit log';
update audit_entry
   set target_key = 'audit.text.attempts',
       target_args = ''
 where target_key is null
   and action = 'RETENTION_PURGE' and target = 'attempts';
update audit_entry
   set detail_key = 'audit.text.roles',
       detail_args = substring(detail, 7)
 where detail_key is null
   and action in ('PERSON_CREATED') and detail like 'roles %';
update audit_entry
   set detail_key = 'audit.text.rolesChanged',
       detail_args = replace(substring(detail, 7), ' -> ', U&'\001F')
 where detail_key is null
   and action = 'PERSON_UPDATED' and detail like 'roles % -> %';
update audit_entry
   set target_key = 'audit.text.department',
       target_args = substring(target, 12)
 where target_key is null
   and action in ('ORGANISATION_CHANGED') and target like 'department %';
update audit_entry
   set target_key = 'audit.text.jobRole',
       target_args = substring(target, 10)
 where target_key is null
   and action in ('ORGANISATION_CHANGED') and target like 'job role %';
update audit_entry
   set detail_key = 'audit.text.person',
       detail_args = substring(detail, 8)
 where detail_key is null
   and action in ('REMINDER_SENT') and detail like 'person %';
update audit_entry
   set detail_key = 'audit.text.version',
       detail_args = substring(detail, 9)
 where detail_key is null
   and action in ('CONTENT_PUBLISHED') and detail like 'version %';
update audit_entry
   set detail_key = 'audit.text.reflectionLevel',
       detail_args = substring(detail, 19)
 where detail_key is null
   and action in ('REVIEW_SUBMITTED') and detail like 'reflection, level %';
update audit_entry
   set detail_key = 'audit.text.levels',
       detail_args = substring(detail, 8)
 where detail_key is null
   and action in ('REVIEW_SUBMITTED') and detail like 'levels %';
update audit_entry
   set detail_key = 'audit.text.wait',
       detail_args = substring(detail, 6, char_length(detail) - 7)
 where detail_key is null
   and action = 'SIGN_IN_THROTTLED' and detail like 'wait % s';
update audit_entry
   set detail_key = 'audit.text.idle',
       detail_args = substring(detail, 18, char_length(detail) - 36)
 where detail_key is null
   and action = 'SIGN_OUT' and detail like 'signed out after % s without activity';
update audit_entry
   set detail_key = 'audit.text.otherSessionsEnded',
       detail_args = substring(detail, 1, char_length(detail) - 21)
 where detail_key is null
   and action in ('PASSWORD_CHANGED') and detail like '% other sessions ended';
update audit_entry
   set detail_key = 'audit.text.sessionsEnded',
       detail_args = substring(detail, 1, char_length(detail) - 15)
 where detail_key is null
   and action in ('PERSON_ENABLED', 'PERSON_DISABLED') and detail like '% sessions ended';
update audit_entry
   set detail_key = 'audit.text.bytes',
       detail_args = substring(detail, 1, char_length(detail) - 6)
 where detail_key is null
   and action in ('BACKUP_CREATED', 'BACKUP_DOWNLOADED') and detail like '% bytes' and outcome = 'SUCCESS';
update audit_entry
   set detail_key = 'audit.text.problems',
       detail_args = substring(detail, 1, char_length(detail) - 9)
 where detail_key is null
   and action in ('PEOPLE_IMPORTED') and detail like '% problems';
update audit_entry
   set detail_key = 'audit.text.entries',
       detail_args = substring(detail, 1, char_length(detail) - 8)
 where detail_key is null
   and action in ('REPORT_EXPORTED') and detail like '% entries' and target = 'audit log';
update audit_entry
   set detail_key = 'audit.text.people',
       detail_args = substring(detail, 1, char_length(detail) - 7)
 where detail_key is null
   and action in ('ASSIGNMENT_REMOVED') and detail like '% people';
update audit_entry
   set target_key = 'audit.text.newVersions',
       target_args = substring(target, 1, char_length(target) - 13)
 where target_key is null
   and action in ('CONTENT_IMPORTED') and target like '% new versions';
update audit_entry
   set target_key = 'audit.text.items',
       target_args = substring(target, 1, char_length(target) - 6)
 where target_key is null
   and action in ('CONTENT_EXPORTED') and target like '% items';
update audit_entry
   set target_key = 'audit.text.repeated',
       target_args = substring(target, 1, char_length(target) - 9)
 where target_key is null
   and action in ('SIGN_IN_FAILED', 'SIGN_IN_THROTTLED', 'ACCESS_DENIED') and target like '% repeated';
update audit_entry
   set detail_key = 'audit.text.peopleImported',
       detail_args = replace(replace(substring(detail, 1, char_length(detail) - 10), ' added, ', U&'\001F'), ' updated, ', U&'\001F')
 where detail_key is null
   and action = 'PEOPLE_IMPORTED' and detail like '% added, % updated, % unchanged';
update audit_entry
   set detail_key = 'audit.text.override',
       detail_args = replace(substring(detail, 7, char_length(detail) - 9), ' (automatic score was ', U&'\001F')
 where detail_key is null
   and action = 'SCORE_OVERRIDDEN' and detail like 'level % (automatic score was % %)';
update audit_entry
   set detail_key = 'audit.text.purged',
       detail_args = replace(replace(substring(detail, 1, char_length(detail) - 7), ' attempts older than ', U&'\001F'), ' months of ', U&'\001F')
 where detail_key is null
   and action = 'RETENTION_PURGE' and detail like '% attempts older than % months of % people';
update audit_entry
   set target_key = 'audit.text.assignment',
       target_args = replace(substring(target, 9, char_length(target) - 9), ' (assignment ', U&'\001F')
 where target_key is null
   and action in ('ASSIGNMENT_CREATED', 'ASSIGNMENT_CHANGED', 'ASSIGNMENT_REMOVED', 'REMINDER_SENT') and target like 'modules/% (assignment %)';
update audit_entry
   set detail_key = 'audit.text.dueChanged',
       detail_args = replace(replace(replace(substring(detail, 5, char_length(detail) - 11), ' → ', U&'\001F'), ', ', U&'\001F'), 'none', 'audit.text.none')
 where detail_key is null
   and action = 'ASSIGNMENT_CHANGED' and detail like 'due % → %, % people';
update audit_entry
   set detail_key = 'audit.text.assignedEvery',
       detail_args = replace(replace(replace(replace(replace(replace(replace(substring(detail, 4, char_length(detail) - 10), ' people, due ', U&'\001F'), ', every ', U&'\001F'), ', ', U&'\001F'), 'none', 'audit.text.none'), 'job role', 'audit.text.assignTo.JOB_ROLE'), 'department', 'audit.text.assignTo.DEPARTMENT'), 'people', 'audit.text.assignTo.PEOPLE')
 where detail_key is null
   and action = 'ASSIGNMENT_CREATED' and detail like 'to %, % people, due %, every % months';
update audit_entry
   set detail_key = 'audit.text.assigned',
       detail_args = replace(replace(replace(replace(replace(replace(substring(detail, 4), ' people, due ', U&'\001F'), ', ', U&'\001F'), 'none', 'audit.text.none'), 'job role', 'audit.text.assignTo.JOB_ROLE'), 'department', 'audit.text.assignTo.DEPARTMENT'), 'people', 'audit.text.assignTo.PEOPLE')
 where detail_key is null
   and action = 'ASSIGNMENT_CREATED' and detail like 'to %, % people, due %' and detail not like '%, every %';
update audit_entry
   set target_key = 'audit.text.attempt',
       target_args = replace(replace(replace(replace(substring(target, 9, char_length(target) - 9), ' (scenario ', U&'\001F' || 'audit.text.kind.scenario' || U&'\001F'), ' (exercise ', U&'\001F' || 'audit.text.kind.exercise' || U&'\001F'), ' (quiz ', U&'\001F' || 'audit.text.kind.quiz' || U&'\001F'), ', person ', U&'\001F')
 where target_key is null
   and action in ('REVIEW_SUBMITTED', 'SCORE_OVERRIDDEN') and target like 'attempt % (% %, person %)';
