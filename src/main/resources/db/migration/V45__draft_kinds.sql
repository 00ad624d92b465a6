-- Drafts of any kind of content: the kind is no longer checked here, as content_item's is not (V16), so a
-- new kind (facilitated activities, checklists) needs no migration to be drafted. Portable SQL.
alter table content_draft drop constraint if exists ck_content_draft_kind;
