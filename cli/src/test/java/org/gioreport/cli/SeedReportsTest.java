package org.gioreport.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.gioreport.core.model.Diagnostic;
import org.gioreport.core.model.NormalizationResult;
import org.gioreport.core.testing.ExpectedValues;
import org.gioreport.core.testing.Seeds;
import org.gioreport.core.testing.SourceGate;
import org.gioreport.core.testing.StatusContract;
import org.gioreport.engine.internal.plugins.Candidate;
import org.gioreport.engine.internal.plugins.LayoutPlugins;
import org.gioreport.engine.internal.plugins.PluginSelector;
import org.gioreport.engine.internal.plugins.SafeInvoker;
import org.gioreport.engine.internal.read.DocumentReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The five real seed reports bundled in examples/, judged against their one expected file each ({@link Seeds})
 * like shared/tools/score.py judges them.
 */
class SeedReportsTest {

    static final Path EXAMPLES = Path.of("../examples");

    @Test
    void bundledExamplesAreReadWithNothingWrongOrInventedAndEveryNullExplained(@TempDir Path tmp) throws Exception {
        List<NormalizationResult> results = CliRun.normalize(tmp.resolve("r.jsonl"), "--provenance",
                EXAMPLES.toString());
        assertEquals(5, results.size());
        ExpectedValues.Score total = new ExpectedValues.Score();
        for (NormalizationResult r : results) {
            StatusContract.assertHolds(r);
            assertEquals(List.of(), SourceGate.check(r.report(), r.derived(), r.provenance(), r.format()),
                    r.source().path() + " has values that are not the number of their source cell");
            String stem = Seeds.stem(Path.of(r.source().path()));
            total.add(ExpectedValues.load(Seeds.expected(stem)).score(r.report()));
        }
        total.assertNothingWrongOrInvented(5, 202 + 186 + 202 + 211 + 201);
    }

    @ParameterizedTest(name = "{0} is read by {1}")
    @CsvSource({
        "000_e5a8dc90a2ee1929, pdf-text",
        "001_6f137c09381843de, cell-dump",
        "002_76b9ee9e1217577a, pdf-text",
        "003_c3db75ac4ce109b2, cell-dump",
        "004_3ad5b18b41354741, web-page"})
    void eachSeedIsWonByItsLayoutPluginAndEveryOtherScoresLower(String seed, String winner) throws Exception {
        Path file = EXAMPLES.resolve(seed + ".txt");
        DocumentReader reader = new DocumentReader(10_000_000);
        byte[] bytes = reader.bytes(file);
        var document = reader.read(file, bytes, reader.detect(file, bytes));
        LayoutPlugins registry = LayoutPlugins.discover(getClass().getClassLoader(), List.of(), w -> { });
        List<Diagnostic> diagnostics = new ArrayList<>();
        List<Candidate> ranked;
        try (SafeInvoker invoker = new SafeInvoker(null)) {
            ranked = new PluginSelector(registry, invoker).rank(document, diagnostics);
        }
        assertEquals(winner, ranked.get(0).plugin().id(), ranked::toString);
        double best = ranked.get(0).score().score();
        for (Candidate other : ranked.subList(1, ranked.size())) {
            assertTrue(other.score().score() < best - 0.1, () -> other + " is too close to " + ranked.get(0));
        }
        assertTrue(ranked.get(0).score().reason().contains("numbers"), ranked.get(0).score().reason());
    }

    @Test
    void resultsNameThePluginThatReadThem(@TempDir Path tmp) throws Exception {
        Map<String, String> byFile = new java.util.TreeMap<>();
        for (NormalizationResult r : CliRun.normalize(tmp.resolve("r.jsonl"), EXAMPLES.toString())) {
            byFile.put(Path.of(r.source().path()).getFileName().toString(), r.format());
        }
        assertEquals("pdf-text", byFile.get("000_e5a8dc90a2ee1929.txt"));
        assertEquals("web-page", byFile.get("004_3ad5b18b41354741.txt"));
    }
}
