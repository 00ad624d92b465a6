package org.orienta;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every translation key the code names exists in the English bundle. A key is any string literal in the
 * main sources that starts with one of the bundle's namespaces ("people.", "login.", ...); a literal
 * that is only a prefix of keys (e.g. "people.enable" + ".title") must be the prefix of at least one.
 */
class TranslationsTest {

    private static final Path SOURCES = Path.of("src/main/java");
    /** Namespaces of message keys that services and readers report, even before the bundle has any. */
    private static final Set<String> CONTENT_NAMESPACES = Set.of(
            "yaml",
            "field",
            "text",
            "evidence",
            "competency",
            "condition",
            "scenario",
            "exercise",
            "quiz",
            "module",
            "content",
            "password",
            "person");

    private static final Pattern KEY_LITERAL = Pattern.compile("\"([a-z][a-zA-Z0-9]*(?:\\.[a-zA-Z0-9_-]+)+)\"");

    @Test
    void every_key_named_in_the_code_exists_in_the_english_bundle() throws IOException {
        var bundle = bundle();
        var keys = bundle.stringPropertyNames();
        var namespaces = new java.util.HashSet<>(CONTENT_NAMESPACES);
        keys.forEach(k -> namespaces.add(k.substring(0, k.indexOf('.'))));
        var missing = new TreeSet<String>();
        for (String key : literalsNamedInCode()) {
            boolean fileName = key.matches(".*\\.(yaml|yml|json|txt|css|svg|png|properties|sql|html|md|jar)$");
            boolean inNamespace = !fileName && namespaces.contains(key.substring(0, key.indexOf('.')));
            boolean known = keys.contains(key) || keys.stream().anyMatch(k -> k.startsWith(key + "."));
            if (inNamespace && !known) {
                missing.add(key);
            }
        }
        assertThat(missing)
                .as("keys used in src/main/java but missing from translations.properties")
                .isEmpty();
    }

    @Test
    void every_role_has_a_name_and_a_home_card() throws IOException {
        var bundle = bundle();
        for (var role : org.orienta.people.Role.values()) {
            assertThat(bundle)
                    .containsKeys(
                            "role." + role.name(),
                            "home.role." + role.name() + ".title",
                            "home.role." + role.name() + ".text");
        }
    }

    @Test
    void no_message_uses_a_straight_apostrophe_that_message_format_would_swallow() throws IOException {
        var bundle = bundle();
        var broken = bundle.stringPropertyNames().stream()
                .filter(k -> bundle.getProperty(k).matches(".*[^']'[^'].*"))
                .toList();
        assertThat(broken).as("use ’ or '' in MessageFormat patterns").isEmpty();
    }

    static Properties bundle() throws IOException {
        var properties = new Properties();
        try (InputStream in = TranslationsTest.class.getResourceAsStream("/vaadin-i18n/translations.properties")) {
            properties.load(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }

    static Set<String> literalsNamedInCode() throws IOException {
        var keys = new TreeSet<String>();
        try (Stream<Path> files = Files.walk(SOURCES)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                var matcher = KEY_LITERAL.matcher(Files.readString(file));
                while (matcher.find()) {
                    keys.add(matcher.group(1));
                }
            }
        }
        return keys;
    }
}
