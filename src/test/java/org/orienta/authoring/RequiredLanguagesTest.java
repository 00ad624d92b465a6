package org.orienta.authoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.orienta.IntegrationTest;
import org.orienta.TestUsers;
import org.orienta.content.ContentFile;
import org.orienta.content.ContentProblem;
import org.orienta.content.ContentService;
import org.orienta.content.ContentSource;
import org.orienta.people.OrganisationService;
import org.orienta.people.SystemAuthentication;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;

@IntegrationTest
@WithUserDetails(TestUsers.TRAINER)
class RequiredLanguagesTest {

    private static final Locale CROATIAN = Locale.forLanguageTag("hr");

    @Autowired
    ContentService content;

    @Autowired
    AuthoringService authoring;

    @Autowired
    OrganisationService organisation;

    private final List<ContentFile> base = ContentSource.folder(Path.of("src/test/resources/content-base"));

    @BeforeEach
    void the_base_content() {
        assertThat(content.importFiles(base).problems()).isEmpty();
    }

    private void require(Locale... languages) {
        SystemAuthentication.call(() -> {
            organisation.changeRequiredLanguages(List.of(languages));
            return null;
        });
    }

    private static List<ContentFile> tiny(boolean translated) {
        var files = new ArrayList<ContentFile>();
        files.add(ContentFile.of(
                "scenarios/tiny.yaml",
                new String(
                                ContentSource.folder(Path.of("src/test/resources/content-base")).stream()
                                        .filter(f -> f.path().equals("scenarios/tiny.yaml"))
                                        .findFirst()
                                        .orElseThrow()
                                        .bytes(),
                                java.nio.charset.StandardCharsets.UTF_8)
                        .replace("title: A tiny scenario", "title: A tiny scenario, revised")));
        if (translated) {
            return ContentSource.folder(Path.of("src/test/resources/content-translated")).stream()
                    .filter(f -> !f.path().startsWith("translations/sv/"))
                    .toList();
        }
        return files;
    }

    @Test
    void the_setting_keeps_the_supported_languages_chosen_and_never_english() {
        require(Locale.forLanguageTag("sv"), CROATIAN, Locale.ENGLISH);

        assertThat(organisation.requiredLanguages()).containsExactly(CROATIAN, Locale.forLanguageTag("sv"));
        require();
        assertThat(organisation.requiredLanguages()).isEmpty();
    }

    @Test
    void an_import_with_an_item_incomplete_in_a_required_language_is_refused_naming_item_language_and_count() {
        require(CROATIAN);

        var imported = content.importFiles(tiny(false));

        assertThat(imported.imported()).isFalse();
        assertThat(imported.problems())
                .extracting(ContentProblem::describe)
                .singleElement()
                .asString()
                .matches("scenarios/tiny.yaml:1:1: scenarios/tiny.yaml is not complete in Hrvatski: [0-9]+ texts"
                        + " missing\\. This organisation publishes only items complete in Hrvatski\\.");
    }

    @Test
    void an_import_complete_in_every_required_language_is_published() {
        require(CROATIAN);

        var imported = content.importFiles(tiny(true));

        assertThat(imported.problems()).isEmpty();
        assertThat(imported.report().newVersions()).isEqualTo(1);
    }

    @Test
    void publishing_a_draft_incomplete_in_a_required_language_is_refused_and_the_draft_kept() {
        var draft = authoring.open(ContentKind.MODULE, "basics");
        var saved = authoring.save(
                ContentKind.MODULE, "basics", draft.body().replace("title: Basics", "title: The basics"), draft.lock());
        require(CROATIAN);

        var result = authoring.publish(ContentKind.MODULE, "basics", saved.lock());

        assertThat(result.published()).isFalse();
        assertThat(result.problems())
                .extracting(
                        ContentProblem::messageKey,
                        p -> p.arguments().get(1),
                        p -> p.arguments().get(2))
                .containsExactly(org.assertj.core.groups.Tuple.tuple("translation.requiredIncomplete", "Hrvatski", 1));
        assertThat(authoring.open(ContentKind.MODULE, "basics").saved()).isTrue();
    }
}
