package org.gioreport.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@code gioreport validate} and an independent JSON Schema validator judge the hand-broken lines of
 * {@code validate/hand-broken-results.txt} alike: both reject every line that breaks the schema, both accept
 * the good ones; and {@code validate} runs the cross-checks only on lines that passed the schema.
 */
class ValidateAgreesWithTheSchemaTest {

    static final Path FIXTURE = Path.of("src/test/resources/validate/hand-broken-results.txt");
    static final IndependentSchemaCheck SCHEMA = IndependentSchemaCheck.ofPrintedSchema();

    record Case(String kind, String name, String line) {
        @Override
        public String toString() {
            return kind + ": " + name;
        }
    }

    static List<Case> cases() {
        List<String> lines;
        try {
            lines = Files.readAllLines(FIXTURE, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<Case> out = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String heading = lines.get(i);
            if (heading.isBlank() || heading.startsWith("#")) {
                continue;
            }
            int colon = heading.indexOf(": ");
            out.add(new Case(heading.substring(0, colon), heading.substring(colon + 2), lines.get(++i)));
        }
        return out;
    }

    static CliRun validate(Path dir, String... lines) throws IOException {
        Path file = dir.resolve("results.jsonl");
        Files.write(file, List.of(lines), StandardCharsets.UTF_8);
        return CliRun.of("validate", file.toString());
    }

    static List<String> problems(CliRun run) {
        return run.out().lines().filter(l -> l.startsWith("line ")).toList();
    }

    @Test
    void theFixtureHoldsTwentyNineBrokenLinesFiveGoodOnesAndTwoThatBreakOnlyARule() {
        Map<String, Integer> kinds = new TreeMap<>();
        cases().forEach(c -> kinds.merge(c.kind(), 1, Integer::sum));
        assertEquals(Map.of("accept", 5, "reject", 29, "crosscheck", 2), kinds);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void validateAndAnIndependentSchemaValidatorReachTheSameVerdict(Case c, @TempDir Path tmp) throws Exception {
        CliRun run = validate(tmp, c.line());
        String independent = SCHEMA.failure(c.line());
        List<String> problems = problems(run);
        switch (c.kind()) {
            case "accept" -> {
                assertNull(independent, independent);
                assertEquals(List.of(), problems);
                assertEquals(0, run.exitCode(), run.out());
                assertTrue(run.out().contains("1 results checked, 0 problems"), run.out());
            }
            case "reject" -> {
                assertNotNull(independent, "the independent validator accepts it");
                assertEquals(1, run.exitCode(), run.out());
                assertTrue(!problems.isEmpty() && problems.stream().allMatch(p -> p.contains(" error NOT_A_RESULT ")),
                        run.out());
                // a line that breaks the schema is not read, so nothing of it is cross-checked
                assertTrue(run.out().contains("0 results checked"), run.out());
            }
            case "crosscheck" -> {
                assertNull(independent, independent);
                assertEquals(1, run.exitCode(), run.out());
                assertTrue(!problems.isEmpty() && problems.stream().noneMatch(p -> p.contains("NOT_A_RESULT")),
                        run.out());
                assertTrue(run.out().contains("1 results checked"), run.out());
            }
            default -> throw new AssertionError("unknown kind of case: " + c.kind());
        }
    }

    @Test
    void validateNamesTheMisspeltKeyTheNullStatusAndTheFractionsWithoutCrossCheckingATruncatedNumber(
            @TempDir Path tmp) throws Exception {
        Map<String, String> expected = Map.of(
                "misspelt key", "$.report: property 'organisation' is not defined",
                "\"status\": null", "$.status: null found",
                "6.7 in a count", "$.report.applications.newlyReceived.naturalPerson: number found",
                "2.5 in a count", "$.report.reviewsAndLawsuits.review.upheld: number found");
        int judged = 0;
        for (Case c : cases()) {
            for (var e : expected.entrySet()) {
                if (c.name().startsWith(e.getKey())) {
                    CliRun run = validate(tmp, c.line());
                    assertTrue(run.out().contains(e.getValue()), c + "\n" + run.out());
                    assertTrue(!run.out().contains("CROSSCHECK"), c + "\n" + run.out());
                    judged++;
                }
            }
        }
        assertEquals(expected.size(), judged);
    }

    @Test
    void aFileOfAllCasesCountsTheLinesThatAreResultsAndOneProblemPerLineAtLeast(@TempDir Path tmp)
            throws Exception {
        List<Case> cases = cases();
        CliRun run = validate(tmp, cases.stream().map(Case::line).toArray(String[]::new));
        assertEquals(1, run.exitCode());
        long results = cases.stream().filter(c -> !c.kind().equals("reject")).count();
        assertTrue(run.out().contains(results + " results checked, "), run.out());
        for (int i = 0; i < cases.size(); i++) {
            String prefix = "line " + (i + 1);
            boolean reported = problems(run).stream()
                    .anyMatch(p -> p.startsWith(prefix + " ") || p.startsWith(prefix + ":"));
            assertEquals(!cases.get(i).kind().equals("accept"), reported, cases.get(i).toString());
        }
    }
}
