package org.orienta.content;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.Optional;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The fingerprints of the last start-up import, so that a restart can tell "nothing changed" cheaply. */
@Component
class ContentPacks {

    /** The one pack imported at start-up (the content folder, or the bundled pack). */
    static final String START_UP = "start-up";

    /** @param fingerprint the files' fingerprint @param catalogue the catalogue's and framework's */
    record Imported(String fingerprint, String catalogue) {}

    private final JdbcClient jdbc;
    private final Clock clock;

    ContentPacks(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    Optional<Imported> last(String name) {
        return jdbc.sql("select fingerprint, catalogue from content_pack where name = ?")
                .param(name)
                .query((row, n) -> new Imported(row.getString(1), row.getString(2)))
                .optional();
    }

    @Transactional
    void remember(String name, Imported imported) {
        var now = Timestamp.from(clock.instant());
        int updated = jdbc.sql("update content_pack set fingerprint = ?, catalogue = ?, imported_at = ? where name = ?")
                .params(imported.fingerprint(), imported.catalogue(), now, name)
                .update();
        if (updated == 0) {
            try {
                jdbc.sql("insert into content_pack (name, fingerprint, catalogue, imported_at) values (?, ?, ?, ?)")
                        .params(name, imported.fingerprint(), imported.catalogue(), now)
                        .update();
            } catch (DuplicateKeyException e) {
                // Another node starting at the same moment imported the same pack and wrote it first.
            }
        }
    }

    /** After a failed or partial import nothing is assumed: the next start reads everything again. */
    @Transactional
    void forget(String name) {
        jdbc.sql("delete from content_pack where name = ?").param(name).update();
    }
}
