package org.gioreport.cli;

/** Entry point: the only place that calls {@link System#exit}. */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** Runs a command line and returns its exit code (see {@link ExitCodes}). */
    public static int run(String... args) {
        return GioreportCommand.commandLine().execute(args);
    }
}
