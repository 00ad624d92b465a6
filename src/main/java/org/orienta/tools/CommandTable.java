package org.orienta.tools;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.orienta.content.ValidateCommand;
import org.orienta.integrity.AuditCommand;
import org.orienta.operations.OperationsCommands;

/** Every command of {@code java -jar orienta.jar}, in the order {@code help} lists them. */
final class CommandTable {

    /**
     * Maintenance commands on the configured database: quiet logs, and no demo history, which is written
     * in the background after start-up and would still be writing when the command ends and closes the
     * database under it. The server writes it at its next start.
     */
    static final Command.Settings ON_THE_DATABASE =
            arguments -> List.of("--logging.level.root=WARN", "--orienta.demo-history=false");

    static final List<Command> COMMANDS = List.of(
            new Command(
                    "validate",
                    "<folder>",
                    "check a content folder without starting Orienta; exit status 1 on problems",
                    new Command.Standalone(ValidateCommand::run)),
            new Command(
                    "audit",
                    "[--strict] <folder>",
                    "the assessment-integrity audit of a content folder; with --strict exit status 1 on any warning",
                    new Command.Standalone(AuditCommand::run)),
            new Command(
                    "backup",
                    "[--server <address>] [--directory <folder>]",
                    "back up the running Orienta's H2 database without stopping it",
                    new Command.Standalone(OperationsCommands::run)),
            new Command(
                    "restore",
                    "<backup.zip>",
                    "with Orienta stopped, put a backup in place of the H2 database",
                    new Command.Standalone(OperationsCommands::run)),
            new Command(
                    "rebuild-standings",
                    "",
                    "recompute every competency total from the raw evidence (stop the server first on H2)",
                    new Command.InApplication(RebuildStandingsCommand.class, ON_THE_DATABASE)),
            new Command(
                    "generate-organisation",
                    "[trainees]",
                    "add a generated organisation (default 10,000 trainees, two years of history) for trying reports",
                    new Command.InApplication(GenerateOrganisationCommand.class, ON_THE_DATABASE)),
            new Command(
                    "generate-trainees",
                    "[count]",
                    "add load-benchmark trainees load-00001 … (default 1,000); demo mode only",
                    new Command.InApplication(GenerateTraineesCommand.class, ON_THE_DATABASE)),
            new Command(
                    "benchmark steps",
                    "[count]",
                    "time trainee steps (default 5,000) on a fresh database and print percentiles",
                    new Command.InApplication(StepBenchmark.class, arguments -> freshDatabase(false))),
            new Command(
                    "benchmark paths",
                    "[runs]",
                    "time the role-play path report over finished runs (default 1,000) on a fresh database",
                    new Command.InApplication(PathBenchmark.class, arguments -> freshDatabase(false))),
            new Command(
                    "benchmark reports",
                    "[trainees]",
                    "generate an organisation (default 10,000 trainees) in a fresh database and time every HR report",
                    new Command.InApplication(ReportBenchmark.class, arguments -> freshDatabase(true))),
            new Command(
                    "benchmark graph",
                    "[nodes]",
                    "time the role-play editor's work on a scenario of that size (default 60 nodes); no database",
                    new Command.Standalone(GraphBenchmark::run)),
            new Command(
                    "own-words-eval",
                    "[--calibrate | --reviews] [replies.tsv] [content folder]",
                    "match a labelled set of typed replies (default " + OwnWordsEvaluation.DEFAULT_REPLIES
                            + ") and print accuracy, abstention and the confusion per decision; with --reviews,"
                            + " review suggestions on labelled answers (default " + ReviewEvaluation.DEFAULT_ANSWERS
                            + ")",
                    new Command.Standalone(OwnWordsEvaluation::evaluate)),
            new Command(
                    "benchmark own-words",
                    "[replies.tsv] [content folder]",
                    "time own-words matching per reply after warm-up and print the model's memory; no database",
                    new Command.Standalone(OwnWordsEvaluation::benchmark)),
            new Command("help", "", "list these commands", new Command.Standalone(CommandTable::help)));

    private CommandTable() {}

    /** The command {@code args} start with: two words first, so {@code benchmark steps} wins over a shorter name. */
    static Optional<Command> match(String[] args) {
        if (args.length > 1) {
            var two = find(args[0] + " " + args[1]);
            if (two.isPresent()) {
                return two;
            }
        }
        return args.length > 0 ? find(args[0]) : Optional.empty();
    }

    static Optional<Command> find(String name) {
        return COMMANDS.stream().filter(c -> c.name().equals(name)).findFirst();
    }

    static int help(String[] args, java.io.PrintStream out, java.io.PrintStream err) {
        out.print(list());
        return 0;
    }

    /** The usage lines with their descriptions, aligned; also printed after an unknown command. */
    static String list() {
        var lines = new ArrayList<String>();
        lines.add("Usage: java -jar orienta.jar [<command> [arguments]] [--spring.option=value ...]");
        lines.add("Without a command, or when the first argument starts with '-', Orienta starts its server.");
        lines.add("");
        lines.add("Commands:");
        int width = COMMANDS.stream().mapToInt(c -> c.synopsis().length()).max().orElse(0);
        for (var command : COMMANDS) {
            lines.add("  " + command.synopsis()
                    + " ".repeat(width - command.synopsis().length() + 2) + command.description());
        }
        return String.join(System.lineSeparator(), lines) + System.lineSeparator();
    }

    /**
     * A benchmark's database: a new H2 file in a temporary folder (or {@code ORIENTA_DB_URL}), the demo
     * organisation and content without the demo history, the web layer on a free port.
     */
    static List<String> freshDatabase(boolean reports) {
        String folder;
        try {
            folder = Files.createTempDirectory("orienta-benchmark").toString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        var url = System.getenv().getOrDefault("ORIENTA_DB_URL", "jdbc:h2:file:" + folder + "/orienta;WRITE_DELAY=0");
        if (reports && url.startsWith("jdbc:h2:") && !url.contains("OPTIMIZE_REUSE_RESULTS")) {
            // H2 would answer a repeated query from its result cache; a live system writes between reports.
            url += ";OPTIMIZE_REUSE_RESULTS=FALSE";
        }
        return List.of(
                "--spring.datasource.url=" + url,
                "--orienta.demo=true",
                "--orienta.demo-history=false",
                "--orienta.admin.password=benchmark operator phrase",
                "--logging.level.root=WARN",
                "--vaadin.productionMode=true");
    }
}
