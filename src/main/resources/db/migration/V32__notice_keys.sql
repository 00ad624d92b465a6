-- Notices become a message key with its arguments, shown in the reader's language (issue 17). The text
-- column stays: it holds the English sentence, for e-mail and for notices written before keys.
alter table notice add column message_key varchar(100);
-- The arguments, separated by U+001F (a title never contains it). An ISO date (2099-01-15) is shown in
-- the reader's date format.
alter table notice add column message_args varchar(1000);

-- Existing notices whose English sentence is recognisable get their key, the rest (a reminder with a
-- due date, whose English date cannot be read back the same way on H2 and PostgreSQL) keep showing
-- their text.
update notice
   set message_key = 'notice.reflectionReviewed',
       message_args = substring(text, 21, char_length(text) - 35)
 where text like 'Your reflection on “%” was reviewed.';
update notice
   set message_key = 'notice.answerReviewed',
       message_args = substring(text, 17, char_length(text) - 31)
 where text like 'Your answer to “%” was reviewed.';
update notice
   set message_key = 'notice.scoreReviewed',
       message_args = ''
 where text = 'Your trainer reviewed your score and left a reason.';
update notice
   set message_key = 'notice.reminder',
       message_args = substring(text, 28, char_length(text) - 29)
 where text like 'Reminder: please complete “%”.'
   and text not like '%” by %';
