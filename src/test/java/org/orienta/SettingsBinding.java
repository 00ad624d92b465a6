package org.orienta;

import java.util.Map;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.env.SystemEnvironmentPropertySource;

/** Binds a settings record as Spring does at start-up, from environment variables as an operator sets them. */
public final class SettingsBinding {

    private SettingsBinding() {}

    public static <T> T fromEnvironment(String prefix, Class<T> type, Map<String, String> variables) {
        var source = new SystemEnvironmentPropertySource(
                StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME, Map.copyOf(variables));
        return new Binder(ConfigurationPropertySources.from(source)).bindOrCreate(prefix, type);
    }
}
