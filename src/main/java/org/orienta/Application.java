package org.orienta;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.component.page.Meta;
import com.vaadin.flow.theme.lumo.Lumo;
import org.orienta.content.ValidateCommand;
import org.orienta.integrity.AuditCommand;
import org.orienta.operations.OperationsCommands;
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

    public static void main(String[] args) {
        if (args.length > 0 && args[0].equals("validate")) {
            // A command, not a server: no Spring context, no database.
            System.exit(ValidateCommand.run(args, System.out, System.err));
        }
        if (args.length > 0 && args[0].equals("audit")) {
            // Like validate: reads a folder with the importer's parsers; no Spring context, no database.
            System.exit(AuditCommand.run(args, System.out, System.err));
        }
        if (args.length > 0 && OperationsCommands.handles(args[0])) {
            // Commands beside a running (backup) or stopped (restore) server: no Spring context here.
            System.exit(OperationsCommands.run(args, System.out, System.err));
        }
        if (Commands.handles(args)) {
            System.exit(Commands.run(args, System.out));
        }
        if (args.length > 1 && args[0].equals("benchmark")) {
            System.exit(Benchmarks.run(args));
        }
        SpringApplication.run(Application.class, args);
    }
}
