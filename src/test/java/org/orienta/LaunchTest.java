package org.orienta;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.DataInputStream;
import java.io.IOException;
import org.junit.jupiter.api.Test;

class LaunchTest {

    @Test
    void an_older_java_is_told_which_version_it_is_and_which_is_needed() {
        assertThat(Launch.tooOld(17, "/usr/lib/jvm/java-17"))
                .startsWith("Orienta needs Java 21 or newer; this is Java 17 (/usr/lib/jvm/java-17).")
                .doesNotContain("Exception");
    }

    @Test
    void the_entry_point_is_compiled_for_java_17_so_an_older_java_can_run_the_check() throws IOException {
        try (var in = new DataInputStream(Launch.class.getResourceAsStream("Launch.class"))) {
            in.readInt(); // magic
            in.readUnsignedShort(); // minor
            assertThat(in.readUnsignedShort()).as("class file major version").isEqualTo(61);
        }
    }
}
