package org.orienta.tools;

import java.io.PrintStream;
import java.util.List;

/**
 * One entry of the command table: what {@code help} lists, and how the command runs.
 *
 * @param name one word, or two for the benchmarks ({@code benchmark steps})
 * @param arguments what follows the name, for the usage line ("" when nothing)
 * @param description one line, shown by {@code help} and after an unknown command
 */
record Command(String name, String arguments, String description, Run run) {

    /** The name and its arguments, as {@code help} lists them. */
    String synopsis() {
        return name + (arguments.isEmpty() ? "" : " " + arguments);
    }

    String usage() {
        return "java -jar orienta.jar " + synopsis();
    }

    /** How a command runs: on its own, or inside a started Orienta. */
    sealed interface Run {}

    /** Needs no Spring context and no database (validate, audit) or talks to a server (backup). */
    record Standalone(Action action) implements Run {}

    /**
     * Starts Orienta without serving anyone (the web layer on a free port), runs the bean of that type
     * once the start-up work (content import, demo data) is done, and stops.
     *
     * @param settings Spring Boot arguments for that start, from the command's own arguments
     */
    record InApplication(Class<? extends ApplicationCommand> type, Settings settings) implements Run {}

    @FunctionalInterface
    interface Action {
        /** The full argument list, the command's name first, as the module's command expects it. */
        int run(String[] args, PrintStream out, PrintStream err);
    }

    @FunctionalInterface
    interface Settings {
        List<String> of(List<String> arguments);
    }
}
