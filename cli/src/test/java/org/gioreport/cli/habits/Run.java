package org.gioreport.cli.habits;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.function.Consumer;
import org.gioreport.cli.GioreportCommand;
import picocli.CommandLine;

/** One in-process run of the command line with its output and error captured. */
record Run(int exitCode, String out, String err) {

    static Run of(String... args) {
        return of(cl -> { }, args);
    }

    /** Runs after {@code adjust} changed the command line (e.g. added a test-only subcommand). */
    static Run of(Consumer<CommandLine> adjust, String... args) {
        CommandLine cl = GioreportCommand.commandLine();
        adjust.accept(cl);
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        cl.setOut(new PrintWriter(out));
        cl.setErr(new PrintWriter(err));
        int code = cl.execute(args);
        return new Run(code, out.toString(), err.toString());
    }
}
