package org.gioreport.cli.habits;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The README's "Diagnostic codes" table lists every code the code can emit, and nothing else. Codes are
 * string literals in upper snake case in the main sources of every module (plus the few spelled inside a
 * message, such as validate's {@code NOT_A_RESULT}); the literals in that shape that are not codes are named
 * here, each with its reason.
 */
class DiagnosticCodesDocumentedTest {

    static final Path ROOT = Path.of("..");

    /** A whole string literal in upper case: a code like "ROW_MISSING" or "DERIVED". */
    static final Pattern LITERAL = Pattern.compile("\"([A-Z][A-Z0-9]*(?:_[A-Z0-9]+)*)\"");
    /** A code written into a printed problem line: "line %d: error NOT_A_RESULT: ...". */
    static final Pattern IN_MESSAGE = Pattern.compile("\"[^\"]*\\b(?:error|warning|info) ([A-Z][A-Z0-9_]+):");
    /** Option value labels ({@code paramLabel = "FILE"}) are upper case too. */
    static final Pattern PARAM_LABEL = Pattern.compile("paramLabel = \"([A-Z0-9_.]+)\"");

    static final Map<String, String> NOT_CODES = Map.of(
            "GIOREPORT_PLUGINS", "the environment variable of plugin folders",
            "GIOREPORT_ISOLATION", "the environment variable of the default --isolation",
            "GB18030", "a charset name",
            "GB", "the prefix of a detected charset's name");

    @Test
    void readmeListsExactlyTheCodesTheCodeCanEmit() throws IOException {
        Set<String> emitted = codesInSources();
        Set<String> documented = codesInReadme();
        assertTrue(emitted.size() >= 40, "found the codes of the sources: " + emitted);
        assertTrue(emitted.containsAll(Set.of("INTERNAL_ERROR", "NOT_A_RESULT", "CONSTRAINT", "ROW_MISSING")),
                emitted.toString());

        Set<String> undocumented = new TreeSet<>(emitted);
        undocumented.removeAll(documented);
        Set<String> unknown = new TreeSet<>(documented);
        unknown.removeAll(emitted);
        assertEquals(Set.of(), undocumented, "codes missing from the README table");
        assertEquals(Set.of(), unknown, "codes in the README table that nothing emits");
    }

    @Test
    void everyLiteralExemptedAsNotACodeStillOccursInTheSources() throws IOException {
        Set<String> literals = new TreeSet<>();
        for (Path source : mainSources()) {
            Matcher m = LITERAL.matcher(Files.readString(source));
            while (m.find()) {
                literals.add(m.group(1));
            }
        }
        assertTrue(literals.containsAll(NOT_CODES.keySet()), "stale exemptions: " + NOT_CODES.keySet());
    }

    static Set<String> codesInSources() throws IOException {
        Set<String> codes = new TreeSet<>();
        for (Path source : mainSources()) {
            String text = Files.readString(source);
            Set<String> labels = new TreeSet<>();
            PARAM_LABEL.matcher(text).results().forEach(r -> labels.add(r.group(1)));
            for (Pattern p : new Pattern[] {LITERAL, IN_MESSAGE}) {
                Matcher m = p.matcher(text);
                while (m.find()) {
                    String code = m.group(1);
                    if (!labels.contains(code) && !NOT_CODES.containsKey(code)) {
                        codes.add(code);
                    }
                }
            }
        }
        return codes;
    }

    /** The backquoted codes in the first column of the README's "Diagnostic codes" table. */
    static Set<String> codesInReadme() throws IOException {
        String readme = Files.readString(ROOT.resolve("README.md"));
        int start = readme.indexOf("### Diagnostic codes");
        assertTrue(start >= 0, "the README has a Diagnostic codes section");
        Set<String> codes = new TreeSet<>();
        for (String row : readme.substring(start).lines().skip(1).takeWhile(l -> !l.startsWith("#"))
                .filter(l -> l.startsWith("| `")).toList()) {
            Matcher m = Pattern.compile("`([A-Z][A-Z0-9_]+)`").matcher(row.split("\\|")[1]);
            while (m.find()) {
                codes.add(m.group(1));
            }
        }
        return codes;
    }

    static Set<Path> mainSources() throws IOException {
        Set<Path> sources = new TreeSet<>();
        try (Stream<Path> files = Files.walk(ROOT)) {
            files.filter(f -> f.toString().endsWith(".java"))
                    .filter(f -> f.toString().contains("/src/main/java/") && !f.toString().contains("/target/"))
                    .forEach(sources::add);
        }
        return sources;
    }
}
