package org.gioreport.cli;

/**
 * The exit codes of every command, one meaning each, so a script can tell "some inputs were not reports"
 * from "gioreport broke". Listed in each command's {@code --help} and in the README.
 */
public final class ExitCodes {

    /** Every input gave a complete or partial report (validate: no problem found). */
    public static final int OK = 0;
    /** Some inputs were unrecognized or failed, each with its record (validate: some problem found). */
    public static final int SOME_INPUTS_NOT_READ = 1;
    /** A mistake in the command line: bad option, unknown layout plugin, a path that does not exist. */
    public static final int USAGE = 2;
    /** The results could not be written: the output file cannot be created, or writing it failed. */
    public static final int OUTPUT_FAILED = 3;
    /** gioreport itself failed (a bug): an unexpected exception in a command or on some input. */
    public static final int INTERNAL_ERROR = 4;

    private ExitCodes() {
    }
}
