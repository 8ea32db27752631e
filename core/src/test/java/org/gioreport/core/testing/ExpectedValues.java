package org.gioreport.core.testing;

import com.fasterxml.jackson.core.type.TypeReference;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.gioreport.core.json.ReportJson;
import org.gioreport.core.json.ReportPaths;
import org.gioreport.core.model.Report;

/**
 * Compares a report with an expected flat map ({@code NNN.expected.json}), field by field, the way
 * {@code shared/tools/score.py} judges (organizations included): correct, wrong, missing (null where a value was expected) or
 * invented (a value where null was expected). Paths the map leaves out are not judged.
 */
public final class ExpectedValues {

    /** What score.py finds in an organization that is a line of page chrome, not a name. */
    private static final java.util.regex.Pattern NOT_A_NAME = java.util.regex.Pattern.compile("[：:>|<【】]");

    private final Map<String, Object> expected;

    private ExpectedValues(Map<String, Object> expected) {
        this.expected = expected;
    }

    public static ExpectedValues load(Path file) throws IOException {
        return new ExpectedValues(ReportJson.mapper().readValue(Files.readString(file),
                new TypeReference<LinkedHashMap<String, Object>>() { }));
    }

    /**
     * The expected map beside an input: {@code dir/syn01.pdf} → {@code dir/syn01.expected.json}; a file without an
     * extension ({@code dir/syn04}, as a CMS saves a page) has its whole name as the stem.
     */
    public static Path besideInput(Path input) {
        String name = input.getFileName().toString();
        String stem = name.indexOf('.') < 0 ? name : name.substring(0, name.indexOf('.'));
        return input.resolveSibling(stem + ".expected.json");
    }

    public Map<String, Object> values() {
        return expected;
    }

    public Score score(Report report) {
        Map<String, Object> actual = ReportPaths.flatten(report);
        Score s = new Score();
        s.files = 1;
        for (var e : expected.entrySet()) {
            String path = e.getKey();
            Object want = e.getValue();
            Object got = report == null ? null : actual.get(path);
            s.judged++;
            if (want == null && got == null) {
                s.correct++;
            } else if (want == null) {
                s.problems.add("invented " + path + " = " + got);
                s.invented++;
            } else if (got == null) {
                s.problems.add("missing " + path + " (want " + want + ")");
                s.missing++;
            } else if (same(path, want, got)) {
                s.correct++;
            } else {
                s.problems.add("wrong " + path + ": got " + got + ", want " + want);
                s.wrong++;
            }
        }
        return s;
    }

    private static boolean same(String path, Object want, Object got) {
        if (path.equals("organization")) {
            // as score.py: a name, not a line (a label, a breadcrumb or a link list is wrong); the same body with
            // or without its higher-level place (安丘市柘山镇 / 柘山镇)
            if (NOT_A_NAME.matcher(got.toString()).find()) {
                return false;
            }
            String a = core(want.toString());
            String b = core(got.toString());
            return !a.isEmpty() && !b.isEmpty() && (a.endsWith(b) || b.endsWith(a));
        }
        if (want instanceof Number && got instanceof Number) {
            return new BigDecimal(want.toString()).compareTo(new BigDecimal(got.toString())) == 0;
        }
        return want.toString().equals(got.toString());
    }

    private static String core(String organization) {
        String s = organization.replaceAll("\\s+", "");
        for (String suffix : List.of("人民政府办公室", "人民政府", "政府")) {
            if (s.endsWith(suffix)) {
                return s.substring(0, s.length() - suffix.length());
            }
        }
        return s;
    }

    /**
     * Counts over one or more documents. Its assertions take how many files and fields were meant to be judged:
     * a score over fixtures that vanished (0 of 0 correct) must fail, not pass.
     */
    public static final class Score {
        public int files;
        public int judged;
        public int correct;
        public int wrong;
        public int missing;
        public int invented;
        public final List<String> problems = new ArrayList<>();

        public Score add(Score other) {
            files += other.files;
            judged += other.judged;
            correct += other.correct;
            wrong += other.wrong;
            missing += other.missing;
            invented += other.invented;
            problems.addAll(other.problems);
            return this;
        }

        /**
         * Exactly these many files and fields were judged, every value was correct, and nothing else went wrong
         * (a source-gate violation counts as wrong without being a judged field).
         */
        public void assertAllCorrect(int expectedFiles, int expectedJudged) {
            assertJudged(expectedFiles, expectedJudged);
            org.junit.jupiter.api.Assertions.assertEquals(judged, correct, this::toString);
            org.junit.jupiter.api.Assertions.assertEquals(0, wrong, this::toString);
        }

        /**
         * Exactly these many files and fields were judged, none wrong and none invented: a value not read with
         * confidence may be missing (null, with its reason), never made up.
         */
        public void assertNothingWrongOrInvented(int expectedFiles, int expectedJudged) {
            assertJudged(expectedFiles, expectedJudged);
            org.junit.jupiter.api.Assertions.assertEquals(0, wrong, this::toString);
            org.junit.jupiter.api.Assertions.assertEquals(0, invented, this::toString);
        }

        private void assertJudged(int expectedFiles, int expectedJudged) {
            org.junit.jupiter.api.Assertions.assertTrue(expectedFiles > 0 && expectedJudged > 0,
                    "a score must judge something");
            org.junit.jupiter.api.Assertions.assertEquals(expectedFiles, files, () -> "files judged (" + this + ")");
            org.junit.jupiter.api.Assertions.assertEquals(expectedJudged, judged, () -> "fields judged (" + this + ")");
        }

        public double percentCorrect() {
            return judged == 0 ? 0 : 100.0 * correct / judged;
        }

        @Override
        public String toString() {
            return String.format("%d/%d correct (%.1f%%), wrong %d, missing %d, invented %d%s", correct, judged,
                    percentCorrect(), wrong, missing, invented,
                    problems.isEmpty() ? "" : "; first problems: " + problems.subList(0, Math.min(8, problems.size())));
        }
    }
}
