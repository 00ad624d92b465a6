package org.orienta.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.orienta.base.ItemKind;
import org.orienta.base.Translations;
import org.orienta.progress.assignment.AssignmentTarget;

class AuditTextTest {

    private static final List<String> LANGUAGES = List.of("", "_hr", "_sv", "_pl", "_ru", "_th");
    private static final Pattern KEY = Pattern.compile("\"(audit\\.text\\.[A-Za-z0-9_.]+)\"");

    private final Translations translations = new Translations();

    @Test
    void a_text_with_a_key_is_shown_in_the_readers_language_with_a_word_among_its_arguments_translated_too() {
        var due = AuditText.of("audit.text.dueChanged", "audit.text.none", "2099-01-15", 3);

        assertThat(due.shown(this::english)).isEqualTo("due none → 2099-01-15, 3 people");
        assertThat(due.shown(
                        (key, arguments) -> translations.getTranslation(key, Locale.forLanguageTag("hr"), arguments)))
                .isEqualTo("rok nema → 2099-01-15, osoba: 3");
    }

    @Test
    void a_literal_is_shown_as_it_is_in_every_language() {
        assertThat(AuditText.literal("BadCredentialsException").shown((key, arguments) -> "translated"))
                .isEqualTo("BadCredentialsException");
        assertThat(AuditText.none().shown(this::english)).isEmpty();
    }

    @Test
    void a_key_outside_the_audit_texts_is_refused() {
        assertThatThrownBy(() -> AuditText.of("people.title")).isInstanceOf(IllegalArgumentException.class);
    }

    /**
     * Every key a call site passes, whether written out or made from an enum's name, is in every
     * language's bundle: no administrator meets "!hr: audit.text…".
     */
    @Test
    void every_key_the_call_sites_pass_exists_in_every_language() throws IOException {
        var used = new TreeSet<String>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            for (var file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                var matcher = KEY.matcher(Files.readString(file));
                while (matcher.find()) {
                    used.add(matcher.group(1));
                }
            }
        }
        // Made from enum names at the call sites (ReviewService, AssignmentService).
        used.removeIf(key -> key.endsWith("."));
        Arrays.stream(ItemKind.values())
                .forEach(k -> used.add("audit.text.kind." + k.name().toLowerCase(Locale.ROOT)));
        Arrays.stream(AssignmentTarget.values()).forEach(t -> used.add("audit.text.assignTo." + t.name()));
        assertThat(used).hasSizeGreaterThan(40);

        var missing = new ArrayList<String>();
        for (var language : LANGUAGES) {
            var bundle = new Properties();
            try (var in = getClass().getResourceAsStream("/vaadin-i18n/translations" + language + ".properties")) {
                bundle.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            }
            used.stream()
                    .filter(key -> !bundle.containsKey(key))
                    .forEach(key -> missing.add(key + " in translations" + language));
        }
        assertThat(missing).isEmpty();
    }

    private String english(String key, Object[] arguments) {
        return translations.getTranslation(key, Locale.ENGLISH, arguments);
    }
}
