package org.orienta.base;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

class CollationTest {

    @Test
    void croatian_names_sort_c_before_c_caron_and_s_before_s_caron() {
        var names = List.of("Šimić", "Zorić", "Čolak", "Cvitan", "Babić", "Sertić");

        assertThat(Collation.sorted(names, Function.identity(), Locale.of("hr")))
                .containsExactly("Babić", "Cvitan", "Čolak", "Sertić", "Šimić", "Zorić");
    }

    @Test
    void swedish_names_sort_a_ring_and_o_umlaut_after_z() {
        var names = List.of("Öberg", "Åström", "Zetterlund", "Andersson", "Ängström");

        assertThat(Collation.sorted(names, Function.identity(), Locale.of("sv")))
                .containsExactly("Andersson", "Zetterlund", "Åström", "Ängström", "Öberg");
    }

    @Test
    void polish_names_sort_l_stroke_after_l_and_case_does_not_matter() {
        var names = List.of("Łukasz", "lis", "Marek", "Lech");

        assertThat(Collation.sorted(names, Function.identity(), Locale.of("pl")))
                .containsExactly("Lech", "lis", "Łukasz", "Marek");
    }

    @Test
    void russian_names_sort_in_cyrillic_alphabet_order() {
        var names = List.of("Яковлев", "Ёлкин", "Абрамов", "Жуков");

        assertThat(Collation.sorted(names, Function.identity(), Locale.of("ru")))
                .containsExactly("Абрамов", "Ёлкин", "Жуков", "Яковлев");
    }
}
