package org.gioreport.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.gioreport.core.model.NormalizationResult;
import org.gioreport.core.testing.ExpectedValues;
import org.gioreport.core.testing.SourceGate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Our one promise, over every fixture in the repository ({@link RepositoryFixtures}: seeds, generated corpus, format
 * fixtures, drop-in plugin samples, and any added later): read end to end through {@code normalize} as a user runs
 * it, no value is one the scorer (shared/tools/score.py) calls wrong or invented, and none is other than the number
 * of its source cell (where {@link SourceGate} knows the layout). Missing values are allowed here; each layout's own
 * test holds how many.
 */
class NoWrongValueAnywhereTest {

    @Test
    void noFixtureAnywhereYieldsAWrongOrInventedValue(@TempDir Path tmp) throws Exception {
        RepositoryFixtures repo = RepositoryFixtures.find();
        assertEquals(List.of(), repo.orphans(), "every expected file has its input beside it");
        for (String family : List.of("core/src/test/resources/seeds", "formats/corpus/files",
                "formats/web-page/src/test/resources", "plugins")) {
            assertTrue(!repo.under(family).isEmpty(), "no fixture found under " + family);
        }

        Map<Path, List<RepositoryFixtures.Fixture>> byPlugin = repo.fixtures().stream().collect(Collectors.groupingBy(
                f -> f.pluginModule() == null ? Path.of("") : f.pluginModule(), LinkedHashMap::new, Collectors.toList()));
        List<String> problems = new ArrayList<>();
        int judged = 0;
        for (var group : byPlugin.entrySet()) {
            List<String> args = new ArrayList<>(List.of("--provenance"));
            if (!group.getKey().toString().isEmpty()) {
                Path folder = tmp.resolve("plugins-" + group.getKey().getFileName());
                RepositoryFixtures.pluginJar(group.getKey(), folder);
                args.addAll(List.of("--plugins", folder.toString()));
            }
            List<RepositoryFixtures.Fixture> fixtures = group.getValue();
            args.addAll(fixtures.stream().map(f -> f.input().toString()).toList());
            Map<Path, NormalizationResult> results = new LinkedHashMap<>();
            for (NormalizationResult r : CliRun.normalize(tmp.resolve("r" + judged + ".jsonl"),
                    args.toArray(String[]::new))) {
                results.put(Path.of(r.source().path()).toAbsolutePath().normalize(), r);
            }
            for (RepositoryFixtures.Fixture f : fixtures) {
                judged++;
                problems.addAll(problemsOf(repo.root().relativize(f.input()).toString(), f,
                        results.get(f.input().toAbsolutePath().normalize())));
            }
        }
        System.out.printf("no wrong value anywhere: %d fixtures judged, %d problems%n", judged, problems.size());
        assertEquals(repo.fixtures().size(), judged);
        assertEquals(List.of(), problems, "values the scorer calls wrong or invented");
    }

    private static List<String> problemsOf(String name, RepositoryFixtures.Fixture f, NormalizationResult r)
            throws Exception {
        if (r == null) {
            return List.of(name + ": no result");
        }
        ExpectedValues.Score score = ExpectedValues.load(f.expected()).score(r.report());
        return Stream.concat(
                score.problems.stream().filter(p -> p.startsWith("wrong ") || p.startsWith("invented ")),
                gate(r).stream().map(g -> "source gate: " + g))
                .map(p -> name + " (" + r.format() + "): " + p).toList();
    }

    /** The plugin a {@code TABLE_READ_BY} note names: {@code table 三 is read by plugin ID, which proves …}. */
    private static final Pattern READ_BY = Pattern.compile("read by plugin (\\S+?),");

    /**
     * The source gate, for the layouts it knows how to split into cells (a drop-in plugin's it does not): each table
     * with the layout of the plugin that read it (the record's {@code format} unless a {@code TABLE_READ_BY} note
     * names another), so a document read by two plugins is checked cell by cell against each one's own cells.
     */
    private static List<String> gate(NormalizationResult r) {
        Map<String, String> readers = new LinkedHashMap<>();
        for (var d : r.diagnostics()) {
            Matcher m = READ_BY.matcher(d.message());
            if (d.code().equals("TABLE_READ_BY") && d.path() != null && m.find()) {
                readers.put(d.path(), m.group(1));
            }
        }
        List<String> problems = new ArrayList<>();
        for (String layout : Stream.concat(Stream.of(r.format()), readers.values().stream()).distinct().toList()) {
            try {
                SourceGate.check(r.report(), r.derived(), r.provenance(), layout).stream()
                        .filter(p -> readerOf(p, readers, r.format()).equals(layout)).forEach(problems::add);
            } catch (IllegalArgumentException unknownLayout) {
                // a drop-in plugin's layout: not gated
            }
        }
        return problems;
    }

    /** The plugin that read the value a gate problem ({@code path = …}) is about. */
    private static String readerOf(String problem, Map<String, String> readers, String format) {
        return readers.entrySet().stream().filter(e -> problem.startsWith(e.getKey() + "."))
                .map(Map.Entry::getValue).findFirst().orElse(format);
    }
}
