package org.orienta.tools;

import java.io.PrintStream;
import java.util.List;

/**
 * A command that runs inside a started Orienta. Implementations are {@link CommandBean}s that receive
 * what they use by constructor injection; the {@link CommandRunner} calls the one the table names.
 */
interface ApplicationCommand {

    /**
     * @param arguments what followed the command's name (for {@code benchmark steps 100}: {@code [100]})
     * @return the exit status
     */
    int run(List<String> arguments, PrintStream out);
}
