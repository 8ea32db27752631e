package org.gioreport.cli;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import org.gioreport.cli.commands.NormalizeCommand;
import org.gioreport.cli.commands.PluginsCommand;
import org.gioreport.cli.commands.ReviewCommand;
import org.gioreport.cli.commands.SchemaCommand;
import org.gioreport.cli.commands.SeriesCommand;
import org.gioreport.cli.commands.ValidateCommand;
import org.gioreport.engine.batch.BatchSetupException;
import org.gioreport.spi.LayoutPlugin;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

@Command(name = "gioreport",
        mixinStandardHelpOptions = true,
        versionProvider = GioreportCommand.Version.class,
        // the header says what the tool is once; a description repeating it in other words would say it twice
        header = "Reads government information disclosure annual reports (政府信息公开工作年度报告) into validated"
            + " JSON.",
        subcommands = {NormalizeCommand.class, ValidateCommand.class, SeriesCommand.class, ReviewCommand.class,
            PluginsCommand.class,
            SchemaCommand.class,
            CommandLine.HelpCommand.class},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:every input gave a complete or partial report",
            "1:some inputs were unrecognized or failed (each has its record)",
            "2:usage error (bad option, unknown layout plugin, a path that does not exist)",
            "3:the results could not be written (output file not created, a write failed)",
            "4:internal error: gioreport itself failed (a bug; run with --debug and report it)",
            "130:normalize stopped by Ctrl-C (SIGINT) after a whole record; go on with --resume",
            "143:normalize stopped by SIGTERM after a whole record; go on with --resume"},
        footerHeading = "%nExamples:%n",
        footer = {
            "  gioreport normalize examples/ -o results.jsonl",
            "  gioreport validate results.jsonl",
            "  gioreport normalize --help"})
public final class GioreportCommand implements Runnable {

    /** Global: inherited by every subcommand, so it may follow the subcommand's name too. */
    @Option(names = {"-v", DebugOption.NAME}, scope = ScopeType.INHERIT,
            description = "Show library logs (Tika, PDFBox, POI) and stack traces of internal errors on stderr.")
    boolean debug;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /**
     * The command line with gioreport's error handling (usage errors are one line on stderr, exit code 2;
     * an unexpected exception is one line too, exit code 4, its stack trace only with {@code --debug}),
     * writing UTF-8 to standard output and error; tests may replace both with {@code setOut}/{@code setErr}.
     * Library logging is set up from {@code --debug} after parsing and before the command runs.
     */
    public static CommandLine commandLine() {
        CommandLine cl = new CommandLine(new GioreportCommand());
        // results are UTF-8 whatever the platform's default charset (a C locale would turn Chinese into '?')
        // on the file descriptor itself, not System.out: a PrintStream would swallow a failed write (a full disk,
        // a closed pipe) where the writer above it could not see it; normalize asks the writer (checkError)
        cl.setOut(new PrintWriter(new OutputStreamWriter(new FileOutputStream(FileDescriptor.out),
                StandardCharsets.UTF_8), true));
        cl.setErr(new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true));
        cl.setParameterExceptionHandler((ex, args) -> {
            CommandLine cmd = ex.getCommandLine();
            PrintWriter err = cmd.getErr();
            err.println("gioreport: " + ex.getMessage() + " (see '" + cmd.getCommandSpec().qualifiedName()
                    + " --help')");
            if (ex instanceof CommandLine.UnmatchedArgumentException unmatched
                    && !Suggestions.of(unmatched).isEmpty()) {
                err.println("Did you mean: " + String.join(" or ", Suggestions.of(unmatched)) + "?");
            }
            return ExitCodes.USAGE;
        });
        cl.setExecutionStrategy(parseResult -> {
            LibraryLogging.configure(DebugOption.requested(parseResult));
            return new CommandLine.RunLast().execute(parseResult);
        });
        cl.setExecutionExceptionHandler((ex, cmd, parseResult) -> {
            if (ex instanceof UsageError || ex instanceof BatchSetupException) {
                cmd.getErr().println("gioreport: " + ex.getMessage());
                return ExitCodes.USAGE;
            }
            boolean debug = DebugOption.requested(parseResult);
            cmd.getErr().println("gioreport: internal error: " + ex
                    + (debug ? "" : " (run with --debug for details; please report it)"));
            if (debug) {
                ex.printStackTrace(cmd.getErr());
            }
            cmd.getErr().flush();
            return ExitCodes.INTERNAL_ERROR;
        });
        return cl;
    }

    /** Reads the version from the jar manifest (set by the build). */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String v = GioreportCommand.class.getPackage().getImplementationVersion();
            return new String[] {"gioreport " + (v == null ? "(development build)" : v)
                    + ", plugin SPI version " + LayoutPlugin.SPI_VERSION};
        }
    }
}
