package org.gioreport.cli;

import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import org.gioreport.cli.commands.NormalizeCommand;
import org.gioreport.cli.commands.PluginsCommand;
import org.gioreport.cli.commands.SchemaCommand;
import org.gioreport.cli.commands.ValidateCommand;
import org.gioreport.engine.batch.BatchSetupException;
import picocli.CommandLine;
import picocli.CommandLine.Command;

@Command(name = "gioreport",
        mixinStandardHelpOptions = true,
        versionProvider = GioreportCommand.Version.class,
        description = {
            "Turns China's government information disclosure annual reports (政府信息公开工作年度报告)"
                + " into one validated JSON schema.",
            "",
            "Example:  gioreport normalize examples/ -o results.jsonl"},
        subcommands = {NormalizeCommand.class, ValidateCommand.class, PluginsCommand.class, SchemaCommand.class,
            CommandLine.HelpCommand.class},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:every input gave a complete or partial report",
            "1:some inputs were unrecognized or failed",
            "2:usage error (bad option, unknown format, missing file)"})
public final class GioreportCommand implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /**
     * The command line with gioreport's error handling (usage errors are one line on stderr, exit code 2),
     * writing UTF-8 to standard output and error; tests may replace both with {@code setOut}/{@code setErr}.
     */
    public static CommandLine commandLine() {
        CommandLine cl = new CommandLine(new GioreportCommand());
        // results are UTF-8 whatever the platform's default charset (a C locale would turn Chinese into '?')
        cl.setOut(new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), true));
        cl.setErr(new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true));
        cl.setParameterExceptionHandler((ex, args) -> {
            CommandLine cmd = ex.getCommandLine();
            PrintWriter err = cmd.getErr();
            err.println("gioreport: " + ex.getMessage() + " (see '" + cmd.getCommandSpec().qualifiedName()
                    + " --help')");
            return CommandLine.ExitCode.USAGE;
        });
        cl.setExecutionExceptionHandler((ex, cmd, parseResult) -> {
            if (ex instanceof UsageError || ex instanceof BatchSetupException) {
                cmd.getErr().println("gioreport: " + ex.getMessage());
                return CommandLine.ExitCode.USAGE;
            }
            cmd.getErr().println("gioreport: internal error: " + ex + " (run with --debug for details)");
            if (parseResult.originalArgs().contains("--debug")) {
                ex.printStackTrace(cmd.getErr());
            }
            return CommandLine.ExitCode.SOFTWARE;
        });
        return cl;
    }

    /** Reads the version from the jar manifest (set by the build). */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String v = GioreportCommand.class.getPackage().getImplementationVersion();
            return new String[] {"gioreport " + (v == null ? "(development build)" : v)
                    + ", plugin SPI version " + org.gioreport.spi.FormatPlugin.SPI_VERSION};
        }
    }
}
