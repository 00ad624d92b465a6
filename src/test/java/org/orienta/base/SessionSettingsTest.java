package org.orienta.base;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.orienta.SettingsBinding;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

class SessionSettingsTest {

    @Test
    void with_nothing_set_a_session_idles_out_after_30_minutes_with_a_warning_2_minutes_before() {
        assertThat(SettingsBinding.fromEnvironment("orienta.session", SessionSettings.class, Map.of()))
                .isEqualTo(new SessionSettings(Duration.ofMinutes(30), Duration.ofMinutes(2)));
    }

    @Test
    void the_properties_the_documented_variables_are_mapped_to_set_both() {
        var settings = new Binder(new MapConfigurationPropertySource(
                        Map.of("orienta.session.idle-timeout", "15m", "orienta.session.idle-warning", "90s")))
                .bindOrCreate("orienta.session", SessionSettings.class);

        assertThat(settings).isEqualTo(new SessionSettings(Duration.ofMinutes(15), Duration.ofSeconds(90)));
    }

    @Test
    void a_variable_left_unset_leaves_the_mapped_property_empty_and_the_default_applies() {
        var settings = new Binder(new MapConfigurationPropertySource(
                        Map.of("orienta.session.idle-timeout", "", "orienta.session.idle-warning", "")))
                .bindOrCreate("orienta.session", SessionSettings.class);

        assertThat(settings).isEqualTo(new SessionSettings(Duration.ofMinutes(30), Duration.ofMinutes(2)));
    }
}
