package org.orienta.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.orienta.IntegrationTest;
import org.orienta.TestUsers;
import org.orienta.curriculum.CurriculumService;
import org.orienta.scenario.ScenarioService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;

@IntegrationTest
@WithUserDetails(TestUsers.TRAINER)
class ContentServiceTest {

    @Autowired
    ContentService content;

    @Autowired
    ScenarioService scenarios;

    @Autowired
    CurriculumService curriculum;

    static List<ContentCorpus.Case> brokenCases() {
        return ContentCorpus.brokenCases();
    }

    @Test
    void importing_creates_one_published_version_per_item() {
        var imported = content.importFiles(ContentCorpus.base());

        assertThat(imported.imported()).isTrue();
        assertThat(imported.report().newVersions()).isEqualTo(8);
        assertThat(scenarios.published("tiny"))
                .hasValueSatisfying(p -> assertThat(p.version()).isEqualTo(1));
        assertThat(curriculum.published("basics")).isPresent();
    }

    @Test
    void importing_unchanged_files_again_creates_nothing() {
        content.importFiles(ContentCorpus.base());

        var again = content.importFiles(ContentCorpus.base());

        assertThat(again.report().newVersions()).isZero();
        assertThat(scenarios.versionCount("tiny")).isEqualTo(1);
    }

    @Test
    void reformatting_a_file_without_changing_its_content_creates_nothing() {
        content.importFiles(ContentCorpus.base());
        var reformatted = withScenario(
                text -> "# a comment a trainer added\n" + text.replace("minutes: 3", "minutes:   3   # three minutes"));

        assertThat(content.importFiles(reformatted).report().newVersions()).isZero();
    }

    @Test
    void changing_one_option_creates_exactly_one_new_version_of_that_scenario() {
        content.importFiles(ContentCorpus.base());
        var changed = withScenario(text -> text.replace("feedback: Cold.", "feedback: Cold and hurried."));

        var report = content.importFiles(changed).report();

        assertThat(report.newVersions()).isEqualTo(1);
        assertThat(scenarios.versionCount("tiny")).isEqualTo(2);
        assertThat(curriculum.versionCount("basics")).isEqualTo(1);
        assertThat(scenarios
                        .version("tiny", 1)
                        .decisions()
                        .getFirst()
                        .options()
                        .get(1)
                        .feedback()
                        .english())
                .isEqualTo("Cold.");
        assertThat(scenarios
                        .published("tiny")
                        .orElseThrow()
                        .definition()
                        .decisions()
                        .getFirst()
                        .options()
                        .get(1)
                        .feedback()
                        .english())
                .isEqualTo("Cold and hurried.");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("brokenCases")
    void a_broken_file_is_reported_and_nothing_is_imported(ContentCorpus.Case broken) {
        int before = scenarios.versionCount("tiny") + curriculum.versionCount("basics");

        var imported = content.importFiles(ContentCorpus.baseWith(broken.file()));

        assertThat(imported.imported()).isFalse();
        assertThat(imported.problems()).isNotEmpty();
        assertThat(scenarios.versionCount("tiny") + curriculum.versionCount("basics"))
                .isEqualTo(before);
    }

    private static List<ContentFile> withScenario(java.util.function.UnaryOperator<String> change) {
        var files = new ArrayList<ContentFile>();
        for (ContentFile file : ContentCorpus.base()) {
            files.add(
                    file.path().equals("scenarios/tiny.yaml")
                            ? ContentFile.of(
                                    file.path(),
                                    change.apply(new String(file.bytes(), java.nio.charset.StandardCharsets.UTF_8)))
                            : file);
        }
        return files;
    }
}
