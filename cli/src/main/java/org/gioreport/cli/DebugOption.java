package org.gioreport.cli;

import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParseResult;

/**
 * {@code --debug}/{@code -v}: a global option, given before or after the subcommand. It is declared once on
 * {@link GioreportCommand} and inherited by every subcommand; this class answers whether it was given
 * anywhere on the command line, whichever command's copy of the option matched it.
 */
public final class DebugOption {

    public static final String NAME = "--debug";

    private DebugOption() {
    }

    /** True when {@code --debug} or {@code -v} was given to the command or any of its subcommands. */
    public static boolean requested(ParseResult parsed) {
        for (ParseResult p = parsed; p != null; p = p.subcommand()) {
            if (p.hasMatchedOption(NAME)) {
                return true;
            }
        }
        return false;
    }

    /** The same, asked from inside a running command. */
    public static boolean requested(CommandSpec running) {
        ParseResult root = running.root().commandLine().getParseResult();
        return root != null && requested(root);
    }
}
