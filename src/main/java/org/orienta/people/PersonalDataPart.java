package org.orienta.people;

import java.util.List;

/**
 * A table of what another feature holds about one person, for the download of their own data (GDPR
 * art. 15 and 20), declared as a bean. The download lives with the training records, which cannot
 * depend on every feature that holds personal data (observations, facilitated sessions depend on
 * training themselves); each such feature adds its tables this way and keeps its own rules.
 */
public interface PersonalDataPart {

    /** The table's name: a file in the zip of CSV tables ({@code <name>.csv}) and a field in the JSON. */
    String name();

    /** The column names, in snake case like the download's other tables. */
    List<String> columns();

    /** The person's rows, one value per column, oldest first; empty values as empty strings. */
    List<List<String>> rows(PersonId person);
}
