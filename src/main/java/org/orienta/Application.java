package org.orienta;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.component.page.Meta;
import com.vaadin.flow.theme.lumo.Lumo;
import org.orienta.tools.Dispatcher;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

@SpringBootApplication
@ConfigurationPropertiesScan
@StyleSheet(Lumo.STYLESHEET)
@StyleSheet(Lumo.UTILITY_STYLESHEET)
@StyleSheet("styles.css")
@Meta(name = "color-scheme", content = "light")
public class Application implements AppShellConfigurator {

    @Override
    public void configurePage(com.vaadin.flow.server.AppShellSettings settings) {
        settings.addFavIcon("icon", "images/orienta-logo.svg", "any");
    }

    /**
     * Starts the server, or runs a command of the table in {@code tools} (ADR 0027): no arguments, or a
     * first argument starting with {@code -} (Spring Boot options), start the server.
     */
    public static void main(String[] args) {
        var status = new Dispatcher(
                        System.out, System.err, arguments -> SpringApplication.run(Application.class, arguments))
                .dispatch(args);
        if (status.isPresent()) {
            System.exit(status.getAsInt());
        }
        SpringApplication.run(Application.class, args);
    }
}
