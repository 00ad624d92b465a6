package org.orienta.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.server.VaadinService;
import org.junit.jupiter.api.Test;
import org.orienta.ViewTest;

class I18NProviderWiringTest extends ViewTest {

    @Test
    void vaadin_uses_orientas_own_provider_for_every_view() {
        assertThat(VaadinService.getCurrent().getInstantiator().getI18NProvider())
                .isInstanceOf(org.orienta.base.Translations.class);
    }
}
