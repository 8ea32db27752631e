package org.gioreport.cli.habits;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.gioreport.cli.GioreportCommand;
import org.junit.jupiter.api.Test;

/** Every command explains itself: a one-sentence summary in the command list, examples and exit codes. */
class HelpTest {

    /** Every subcommand, as the command line itself has them (picocli's own "help" aside). */
    static final List<String> COMMANDS = GioreportCommand.commandLine().getSubcommands().keySet().stream()
            .filter(name -> !name.equals("help")).toList();

    /**
     * The columns a help line fills: picocli's default usage width of 80 (the help asks for no other: no
     * usageHelpWidth, no auto width, so a pipe and a terminal get the same text) less the last column, left free.
     */
    static final int WIDTH = 79;

    @Test
    void theCommandsJudgedHereAreEveryCommandOfTheCommandLine() {
        assertTrue(COMMANDS.containsAll(List.of("normalize", "validate", "series", "review", "plugins", "schema")),
                COMMANDS::toString);
        String help = Run.of("--help").out();
        for (String command : COMMANDS) {
            assertTrue(help.contains("\n  " + command + " "), command + " is in the command list: " + help);
        }
    }

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

    @Test
    void descriptionsAreWrappedByPicocliSoNoLineEndsWhereTheNextWordWouldStillFit() {
        List<String> helps = new ArrayList<>(List.of("--help"));
        helps.addAll(COMMANDS);
        for (String command : helps) {
            String help = command.equals("--help") ? Run.of("--help").out() : Run.of(command, "--help").out();
            List<String> lines = prose(help);
            assertTrue(lines.size() >= 1, command + ": " + help);
            for (int i = 0; i + 1 < lines.size(); i++) {
                String line = lines.get(i);
                String next = lines.get(i + 1);
                if (line.isBlank() || next.isBlank()) {
                    continue;
                }
                String nextWord = next.split(" ", 2)[0];
                assertTrue(width(line) + 1 + width(nextWord) > WIDTH,
                        command + ": the line is broken by hand before \"" + nextWord + "\":\n" + line + "\n" + next);
            }
        }
    }

    /** The header and the description: the lines before the usage line and those after its synopsis. */
    private static List<String> prose(String help) {
        List<String> all = help.lines().toList();
        int usage = 0;
        while (!all.get(usage).startsWith("Usage: ")) {
            usage++;
        }
        List<String> out = new ArrayList<>(all.subList(0, usage));
        out.add("");
        int i = usage + 1;
        while (i < all.size() && all.get(i).startsWith(" ")) {
            i++; // the synopsis goes on
        }
        while (i < all.size() && !all.get(i).startsWith(" ")) {
            out.add(all.get(i++)); // the description ends where the indented options begin
        }
        return out;
    }

    /** Columns as picocli counts them: a Chinese character takes two. */
    private static int width(String text) {
        return text.codePoints().map(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN
                || (c >= 0xFF00 && c <= 0xFFEF) || (c >= 0x3000 && c <= 0x303F) ? 2 : 1).sum();
    }

    @Test
    void topLevelHelpSaysWhatTheToolIsOnce() {
        String help = Run.of("--help").out();
        String prose = String.join(" ", prose(help)).replaceAll("\\s+", " ");
        assertEquals(1, prose.split("annual reports", -1).length - 1, prose);
    }

    @Test
    void topLevelExitCodesIncludeTheStopBySignal() {
        String help = Run.of("--help").out();
        String codes = help.substring(help.indexOf("Exit codes:"), help.indexOf("Examples:"));
        for (String code : List.of("0", "1", "2", "3", "4", "130", "143")) {
            assertTrue(Pattern.compile("(?m)^  " + code + " +\\S").matcher(codes).find(), code + ": " + codes);
        }
        assertTrue(codes.contains("SIGINT") && codes.contains("SIGTERM"), codes);
    }

    @Test
    void aMistypedCommandGetsASuggestionAndExitsTwo() {
        Run run = Run.of("normalise", "examples/");
        assertEquals(2, run.exitCode());
        assertTrue(run.err().contains("Did you mean: normalize?"), run.err());
        assertTrue(Run.of("normalize", "--outptu", "x.jsonl", "examples/").err().contains("Did you mean: --output?"));
        Run unlike = Run.of("xyzzy");
        assertEquals(2, unlike.exitCode());
        assertFalse(unlike.err().contains("Did you mean"), unlike.err());
    }
}
