package org.orienta.tools;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.orienta.IntegrationTest;
import org.orienta.progress.proficiency.ProficiencyService;
import org.springframework.beans.factory.annotation.Autowired;

@IntegrationTest
class RebuildStandingsCommandTest {

    @Autowired
    ProficiencyService proficiency;

    @Test
    void rebuilds_the_standings_as_the_system_and_says_from_how_much_evidence() {
        var out = new ByteArrayOutputStream();

        int status = new RebuildStandingsCommand(proficiency)
                .run(List.of(), new PrintStream(out, true, StandardCharsets.UTF_8));

        assertThat(status).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8))
                .startsWith("Rebuilt the competency standings from ")
                .contains("pieces of assessed evidence in");
    }
}
