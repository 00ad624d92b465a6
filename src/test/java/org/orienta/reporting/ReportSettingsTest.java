package org.orienta.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.orienta.SettingsBinding;

class ReportSettingsTest {

    @Test
    void with_nothing_set_reports_run_in_the_background_and_read_the_primary() {
        var settings = SettingsBinding.fromEnvironment("orienta.reports", ReportSettings.class, Map.of());

        assertThat(settings.background()).isTrue();
        assertThat(settings.replica().url()).isEmpty();
        assertThat(settings.replica().username()).isNull();
        assertThat(settings.replica().password()).isNull();
        assertThat(settings.replica().poolSize()).isEqualTo(4);
    }

    @Test
    void the_documented_variables_set_the_replica() {
        var settings = SettingsBinding.fromEnvironment(
                "orienta.reports",
                ReportSettings.class,
                Map.of(
                        "ORIENTA_REPORTS_REPLICA_URL", "jdbc:postgresql://replica:5432/orienta",
                        "ORIENTA_REPORTS_REPLICA_USERNAME", "reader",
                        "ORIENTA_REPORTS_REPLICA_PASSWORD", "secret",
                        "ORIENTA_REPORTS_REPLICA_POOLSIZE", "2",
                        "ORIENTA_REPORTS_BACKGROUND", "false"));

        assertThat(settings.background()).isFalse();
        assertThat(settings.replica())
                .isEqualTo(new ReportSettings.Replica("jdbc:postgresql://replica:5432/orienta", "reader", "secret", 2));
    }
}
