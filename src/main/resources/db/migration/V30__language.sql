-- A person's interface language (null: the organisation's default, else the browser's) and the
-- organisation's settings that administrators change in the app rather than in configuration.
ALTER TABLE person ADD COLUMN language VARCHAR(16);

CREATE TABLE organisation_setting (
    setting_key   VARCHAR(64)  NOT NULL PRIMARY KEY,
    setting_value VARCHAR(255) NOT NULL
);
