package org.orienta.tools;

import java.io.PrintStream;
import java.util.List;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.ExitCodeGenerator;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;

/**
 * Runs the command named by {@value #COMMAND} after every other start-up runner (content import, demo
 * organisation, demo targets and assignments have their orders below), then hands its status to
 * {@code SpringApplication.exit}. A failure is one plain sentence on stderr and status 1, never a stack trace.
 */
@CommandBean
@Order(Ordered.LOWEST_PRECEDENCE)
class CommandRunner implements ApplicationRunner, ExitCodeGenerator {

    static final String COMMAND = "orienta.tools.command";

    private final List<ApplicationCommand> commands;
    private final String name;
    private final PrintStream out;
    private final PrintStream err;
    private int status = 1;

    @Autowired
    CommandRunner(List<ApplicationCommand> commands, Environment environment) {
        this(commands, environment.getRequiredProperty(COMMAND), System.out, System.err);
    }

    CommandRunner(List<ApplicationCommand> commands, String name, PrintStream out, PrintStream err) {
        this.commands = commands;
        this.name = name;
        this.out = out;
        this.err = err;
    }

    @Override
    public void run(ApplicationArguments args) {
        var command = CommandTable.find(name)
                .filter(c -> c.run() instanceof Command.InApplication)
                .orElseThrow(() -> new IllegalStateException("not a command that runs in Orienta: " + name));
        var type = ((Command.InApplication) command.run()).type();
        var bean = commands.stream()
                .filter(type::isInstance)
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("no bean for the command " + name));
        try {
            status = bean.run(args.getNonOptionArgs(), out);
        } catch (RuntimeException e) {
            // Bad input or a database that does not fit (an organisation generated before): one sentence.
            err.println(name + " failed: " + e.getMessage());
            status = 1;
        }
    }

    @Override
    public int getExitCode() {
        return status;
    }
}
