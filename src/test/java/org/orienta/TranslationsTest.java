package org.orienta;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

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

    private static final Pattern ARGUMENT = Pattern.compile("\\{(\\d+)");

    @Test
    void every_interface_language_has_its_own_bundle() {
        for (Locale language : org.orienta.base.Languages.SUPPORTED) {
            var file = language.equals(Locale.ENGLISH)
                    ? "/vaadin-i18n/translations.properties"
                    : "/vaadin-i18n/translations_" + language.getLanguage() + ".properties";
            assertThat(TranslationsTest.class.getResource(file)).as(file).isNotNull();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"hr", "sv", "pl", "ru", "th"})
    void a_translation_has_every_key_of_the_english_bundle_and_no_other(String language) throws IOException {
        var english = bundle().stringPropertyNames();
        var translated = bundle(language).stringPropertyNames();

        assertThat(new TreeSet<>(english)).as("keys missing in " + language).isSubsetOf(translated);
        assertThat(new TreeSet<>(translated)).as("keys only in " + language).isSubsetOf(english);
    }

    @ParameterizedTest
    @ValueSource(strings = {"hr", "sv", "pl", "ru", "th"})
    void a_translation_keeps_the_placeholders_of_the_english_text_and_still_parses(String language) throws IOException {
        var english = bundle();
        var translated = bundle(language);
        Map<String, String> wrong = new TreeMap<>();
        for (String key : translated.stringPropertyNames()) {
            String text = translated.getProperty(key);
            String base = english.getProperty(key);
            if (base == null) {
                continue;
            }
            if (!arguments(text).equals(arguments(base))) {
                wrong.put(key, "arguments " + arguments(text) + " instead of " + arguments(base));
                continue;
            }
            try {
                new MessageFormat(text, Locale.forLanguageTag(language)).format(new Object[] {1, 2, 3, 4, 5});
            } catch (IllegalArgumentException e) {
                wrong.put(key, "not a MessageFormat pattern: " + e.getMessage());
            }
            if (text.matches(".*[^']'[^'].*")) {
                wrong.put(key, "a straight apostrophe that MessageFormat would swallow");
            }
        }
        assertThat(wrong).as(language).isEmpty();
    }

    private static Set<String> arguments(String pattern) {
        var found = new TreeSet<String>();
        var matcher = ARGUMENT.matcher(pattern);
        while (matcher.find()) {
            found.add(matcher.group(1));
        }
        return found;
    }

    static Properties bundle(String language) throws IOException {
        var properties = new Properties();
        try (InputStream in =
                TranslationsTest.class.getResourceAsStream("/vaadin-i18n/translations_" + language + ".properties")) {
            assertThat(in).as("translations_" + language + ".properties").isNotNull();
            properties.load(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
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
