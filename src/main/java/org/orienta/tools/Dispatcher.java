package org.orienta.tools;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.OptionalInt;
import java.util.function.Function;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Decides what {@code java -jar orienta.jar ...} does. No arguments, or a first argument that starts with
 * {@code -} (Spring Boot options such as {@code --server.port=9090}), start the server. Any other first
 * argument is a command: one of the table runs, and anything else is an unknown command, answered with
 * the list of commands and exit status 2, without starting anything (ADR 0027).
 */
public final class Dispatcher {

    /** Exit status for bad usage, as the commands themselves use it. */
    static final int USAGE = 2;

    private final PrintStream out;
    private final PrintStream err;
    private final Function<String[], ConfigurableApplicationContext> starter;

    /**
     * @param starter starts Orienta with these Spring Boot arguments, for commands that run inside it
     */
    public Dispatcher(PrintStream out, PrintStream err, Function<String[], ConfigurableApplicationContext> starter) {
        this.out = out;
        this.err = err;
        this.starter = starter;
    }

    /** Whether these arguments start the server rather than a command. */
    public static boolean startsServer(String[] args) {
        return args.length == 0 || args[0].startsWith("-");
    }

    /** Runs the command {@code args} name and returns its exit status; empty when they start the server. */
    public OptionalInt dispatch(String[] args) {
        if (startsServer(args)) {
            return OptionalInt.empty();
        }
        var match = CommandTable.match(args);
        if (match.isEmpty()) {
            // Two words when the first is a group such as "benchmark", so the message names what was typed.
            var typed = args.length > 1
                            && CommandTable.COMMANDS.stream()
                                    .anyMatch(c -> c.name().startsWith(args[0] + " "))
                    ? args[0] + " " + args[1]
                    : args[0];
            err.println("Unknown command: " + typed);
            err.println();
            err.print(CommandTable.list());
            return OptionalInt.of(USAGE);
        }
        var command = match.get();
        return OptionalInt.of(
                switch (command.run()) {
                    case Command.Standalone standalone -> standalone(command, standalone, args);
                    case Command.InApplication inApplication -> inApplication(command, inApplication, args);
                });
    }

    private int standalone(Command command, Command.Standalone run, String[] args) {
        try {
            return run.action().run(args, out, err);
        } catch (IllegalArgumentException e) {
            err.println(e.getMessage() + "; usage: " + command.usage());
            return USAGE;
        }
    }

    private int inApplication(Command command, Command.InApplication run, String[] args) {
        int words = command.name().split(" ").length;
        var arguments = List.of(Arrays.copyOfRange(args, words, args.length));
        for (var argument : arguments) {
            if (argument.startsWith("-")) {
                err.println("unknown option " + argument + "; usage: " + command.usage());
                return USAGE;
            }
        }
        var boot = new ArrayList<String>(arguments);
        boot.addAll(run.settings().of(arguments));
        boot.add("--" + CommandRunner.COMMAND + "=" + command.name());
        // The web layer starts too, on a free port: security and Vaadin are wired for it.
        boot.add("--server.port=0");
        // The command needs the content and demo data in place when it runs, not behind an open sign-in page.
        boot.add("--orienta.startup.background=false");
        ConfigurableApplicationContext context;
        try {
            context = starter.apply(boot.toArray(String[]::new));
        } catch (RuntimeException e) {
            // Spring Boot has logged why (a database another process holds, a bad setting); say it in one line.
            err.println(command.name() + " failed: Orienta could not start (" + e.getMessage() + ")");
            return 1;
        }
        return SpringApplication.exit(context);
    }
}
