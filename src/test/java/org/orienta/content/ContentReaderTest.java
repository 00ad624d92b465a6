package org.orienta.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class ContentReaderTest {

    static List<ContentCorpus.Case> brokenCases() {
        return ContentCorpus.brokenCases();
    }

    @Test
    void the_base_corpus_is_valid() {
        var result = ContentReader.read(ContentTypes.builtIn(), ContentCorpus.base(), ContentReader.Known.NOTHING);

        assertThat(result.problems()).isEmpty();
        assertThat(result.content().scenarios()).hasSize(1);
        assertThat(result.content().framework().competencies()).hasSize(10);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("brokenCases")
    void each_broken_file_is_reported_at_its_line_and_column(ContentCorpus.Case broken) {
        var result = ContentReader.read(
                ContentTypes.builtIn(), ContentCorpus.baseWith(broken.file()), ContentReader.Known.NOTHING);

        assertThat(result.valid()).isFalse();
        assertThat(result.problems())
                .extracting(ContentCorpus::describe)
                .as("problems of %s (put them in its # expect: lines)", broken.name())
                .containsExactlyElementsOf(broken.expected());
        assertThat(result.problems())
                .allSatisfy(p -> assertThat(p.describe()).doesNotContain("[").isNotBlank());
    }
}
