package org.orienta.operations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.BindException;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

class BackupSettingsTest {

    private static BackupSettings bound(Map<String, String> properties) {
        return new Binder(new MapConfigurationPropertySource(properties))
                .bindOrCreate("orienta.backup", BackupSettings.class);
    }

    @Test
    void with_nothing_set_backups_run_nightly_at_half_past_two_and_the_newest_14_are_kept() {
        var settings = bound(Map.of());

        assertThat(settings.keep()).isEqualTo(14);
        assertThat(settings.cron()).isEqualTo("0 30 2 * * *");
        assertThat(settings.directory().normalize()).isEqualTo(Path.of("data/backups"));
    }

    @Test
    void an_operator_sets_each_of_them() {
        var settings = bound(Map.of(
                "orienta.backup.keep", "3",
                "orienta.backup.cron", "-",
                "orienta.backup.directory", "/var/backups/orienta"));

        assertThat(settings.keep()).isEqualTo(3);
        assertThat(settings.cron()).isEqualTo("-");
        assertThat(settings.directory()).isEqualTo(Path.of("/var/backups/orienta"));
    }

    @Test
    void keeping_no_backup_at_all_is_refused_naming_the_setting() {
        assertThatThrownBy(() -> bound(Map.of("orienta.backup.keep", "0")))
                .isInstanceOf(BindException.class)
                .rootCause()
                .hasMessageContaining("ORIENTA_BACKUP_KEEP");
    }
}
