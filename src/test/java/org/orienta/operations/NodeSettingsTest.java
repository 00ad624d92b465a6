package org.orienta.operations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.orienta.SettingsBinding;
import org.springframework.boot.context.properties.bind.BindException;

class NodeSettingsTest {

    private static NodeSettings bound(Map<String, String> variables) {
        return SettingsBinding.fromEnvironment("orienta", NodeSettings.class, variables);
    }

    @Test
    void a_single_node_has_no_name_and_a_node_of_several_takes_the_documented_variable() {
        assertThat(bound(Map.of()).nodeName()).isEmpty();
        assertThat(bound(Map.of("ORIENTA_NODE_NAME", "node1")).nodeName()).isEqualTo("node1");
    }

    @Test
    void a_name_a_session_cookie_cannot_carry_is_refused_naming_the_variable() {
        assertThatThrownBy(() -> bound(Map.of("ORIENTA_NODE_NAME", "node 1")))
                .isInstanceOf(BindException.class)
                .rootCause()
                .hasMessageContaining("ORIENTA_NODE_NAME");
    }
}
