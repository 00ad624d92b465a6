package org.orienta.base;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The interface languages Orienta ships and how one is chosen for a page. English is the base every
 * other bundle falls back to, so a key missing in a translation still shows readable text.
 */
public final class Languages {

    public static final Locale ENGLISH = Locale.ENGLISH;

    /** In the order a language list shows them: the base first, then the trainees' languages. */
    public static final List<Locale> SUPPORTED = List.of(
            ENGLISH,
            Locale.forLanguageTag("hr"),
            Locale.forLanguageTag("sv"),
            Locale.forLanguageTag("pl"),
            Locale.forLanguageTag("ru"),
            Locale.forLanguageTag("th"));

    private Languages() {}

    /** The supported language a tag or locale names ("hr", "hr-HR", "sv_SE"), if any. */
    public static Optional<Locale> supported(@Nullable String tag) {
        if (tag == null || tag.isBlank()) {
            return Optional.empty();
        }
        return supported(Locale.forLanguageTag(tag.strip().replace('_', '-')));
    }

    public static Optional<Locale> supported(Locale locale) {
        return SUPPORTED.stream()
                .filter(l -> l.getLanguage().equals(locale.getLanguage()))
                .findFirst();
    }

    /** A language's name in that language ("hrvatski", "svenska", "ไทย"), as people look for their own. */
    public static String nativeName(Locale language) {
        var name = language.getDisplayLanguage(language);
        return name.isEmpty()
                ? language.toLanguageTag()
                : name.substring(0, 1).toUpperCase(language) + name.substring(1);
    }

    /**
     * The language a page is shown in. A person's own choice wins; for a signed-in person without one
     * the organisation's default comes before the browser, because staff phones are often set to English
     * while the organisation trains in its own language. Before sign-in only the browser and the
     * organisation are known.
     *
     * @param personal the signed-in person's choice, or null (none, or not signed in)
     * @param organisationDefault set by an administrator, or null
     * @param browser the browser's languages, most preferred first
     * @param signedIn whether a person is signed in
     */
    public static Locale resolve(
            @Nullable Locale personal, @Nullable Locale organisationDefault, List<Locale> browser, boolean signedIn) {
        if (personal != null) {
            return supported(personal).orElse(ENGLISH);
        }
        Optional<Locale> fromBrowser = browser.stream()
                .map(Languages::supported)
                .flatMap(Optional::stream)
                .findFirst();
        Optional<Locale> fromOrganisation =
                Optional.ofNullable(organisationDefault).flatMap(Languages::supported);
        if (signedIn) {
            return fromOrganisation.or(() -> fromBrowser).orElse(ENGLISH);
        }
        return fromBrowser.or(() -> fromOrganisation).orElse(ENGLISH);
    }
}
