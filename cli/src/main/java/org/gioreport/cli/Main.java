package org.gioreport.cli;

import java.util.logging.Level;
import java.util.logging.LogManager;
import java.util.logging.Logger;
import picocli.CommandLine;

/** Entry point: the only place that calls {@link System#exit}. */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** Runs a command line and returns its exit code (0 ok, 1 some inputs not read, 2 usage error). */
    public static int run(String... args) {
        quietLibraries(java.util.Arrays.asList(args).contains("--debug"));
        return GioreportCommand.commandLine().execute(args);
    }

    /** PDFBox, POI and Hibernate Validator log through java.util.logging; users want results, not logs. */
    static void quietLibraries(boolean debug) {
        LogManager.getLogManager().reset();
        Logger.getLogger("").setLevel(debug ? Level.INFO : Level.OFF);
        if (debug) {
            Logger.getLogger("").addHandler(new java.util.logging.ConsoleHandler());
        }
    }
}
