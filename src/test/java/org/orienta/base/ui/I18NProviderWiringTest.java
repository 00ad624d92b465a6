package org.orienta.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.server.VaadinService;
import org.junit.jupiter.api.Test;
import org.orienta.ViewTest;

class I18NProviderWiringTest extends ViewTest {

    @Test
    void vaadin_uses_the_english_first_provider_for_every_view() {
        assertThat(VaadinService.getCurrent().getInstantiator().getI18NProvider())
                .isInstanceOf(EnglishFirstI18NProvider.class);
    }
}
