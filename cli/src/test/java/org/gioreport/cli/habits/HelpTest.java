package org.gioreport.cli.habits;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Every command explains itself: a one-sentence summary in the command list, examples and exit codes. */
class HelpTest {

    static final List<String> COMMANDS = List.of("normalize", "validate", "plugins", "schema");

    @Test
    void commandListGivesEveryCommandAWholeSentence() {
        String help = Run.of("--help").out();
        String list = help.substring(help.indexOf("Commands:"), help.indexOf("Exit codes:"));
        for (String command : COMMANDS) {
            Matcher m = Pattern.compile("(?m)^  " + command + " +(.+?)(?=\\n  \\S|\\n\\n|\\z)", Pattern.DOTALL)
                    .matcher(list);
            assertTrue(m.find(), command + " listed: " + list);
            String summary = m.group(1).replaceAll("\\s+", " ").strip();
            assertTrue(summary.endsWith("."), command + "'s summary is cut: " + summary);
            assertEquals(1, summary.split("\\. ").length, command + "'s summary is one sentence: " + summary);
        }
    }

    @Test
    void everyCommandsHelpEndsWithExamplesOfThatCommand() {
        for (String command : COMMANDS) {
            Run run = Run.of(command, "--help");
            assertEquals(0, run.exitCode(), command);
            String examples = run.out().substring(run.out().indexOf("\nExamples:\n") + 1);
            assertTrue(run.out().contains("\nExamples:\n"), command + ": " + run.out());
            assertTrue(examples.lines().skip(1).filter(l -> !l.isBlank()).allMatch(l -> l.startsWith("  gioreport ")), examples);
            assertTrue(examples.contains("gioreport " + command), command + ": " + examples);
        }
    }

    @Test
    void everyCommandsHelpListsItsExitCodesIncludingInternalError() {
        for (String command : COMMANDS) {
            String help = Run.of(command, "--help").out();
            assertTrue(help.contains("Exit codes:") && help.contains("  0 ") && help.contains("  2 ")
                    && help.contains("  4   internal error"), command + ": " + help);
        }
    }
}
