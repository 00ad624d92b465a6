package org.orienta.progress.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.orienta.SettingsBinding;
import org.springframework.boot.context.properties.bind.BindException;

class RetentionSettingsTest {

    private static RetentionSettings bound(Map<String, String> variables) {
        return SettingsBinding.fromEnvironment("orienta.retention", RetentionSettings.class, variables);
    }

    @Test
    void with_nothing_set_nothing_is_purged_and_the_purge_would_run_at_a_quarter_to_four() {
        assertThat(bound(Map.of())).isEqualTo(new RetentionSettings(0, "0 45 3 * * *"));
    }

    @Test
    void the_documented_variables_set_the_period_and_the_schedule() {
        assertThat(bound(Map.of("ORIENTA_RETENTION_ATTEMPT_MONTHS", "6", "ORIENTA_RETENTION_CRON", "0 0 1 * * *")))
                .isEqualTo(new RetentionSettings(6, "0 0 1 * * *"));
    }

    @Test
    void a_negative_period_is_refused_naming_the_variable() {
        assertThatThrownBy(() -> bound(Map.of("ORIENTA_RETENTION_ATTEMPT_MONTHS", "-1")))
                .isInstanceOf(BindException.class)
                .rootCause()
                .hasMessageContaining("ORIENTA_RETENTION_ATTEMPT_MONTHS");
    }
}
