package org.gioreport.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.gioreport.core.json.ReportPaths;
import org.gioreport.core.model.Diagnostic;
import org.gioreport.core.model.NormalizationResult;
import org.gioreport.core.model.Status;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A 5 MB report whose table holds one 5,000,000-digit cell (a hostile or garbled document from the web). Parsing that
 * cell as a number grows with the square of its digits: each text plugin ran past its 60 s time limit while only
 * scoring the document, minutes in all, and the document failed with PLUGIN_TIMEOUT. The cell is now text: the
 * document reads in seconds, its one row is left null with a diagnostic, and every other value is the one the
 * untouched report gives. The giant fixture is made here from {@code examples/}, not committed.
 */
class GiantNumberCellTest {

    private static final String EXAMPLE = "000_e5a8dc90a2ee1929.txt";
    /** Generous: it took 300 s before the fix and 1 to 2 s after; the machine is shared. */
    private static final Duration SECONDS_NOT_MINUTES = Duration.ofSeconds(20);

    @Test
    void aFiveMillionDigitCellCostsSecondsAndOnlyItsOwnRow(@TempDir Path tmp) throws Exception {
        Path example = RepositoryFixtures.find().root().resolve("examples").resolve(EXAMPLE);
        String text = Files.readString(example, StandardCharsets.UTF_8);
        String row = "政府集中采购\t46\t415802";
        assertEquals(1, text.split(row, -1).length - 1, "the example states its procurement row once");
        Path giant = tmp.resolve("giant.txt");
        Files.writeString(giant, text.replace(row, "政府集中采购\t46\t" + "7".repeat(5_000_000)),
                StandardCharsets.UTF_8);

        NormalizationResult plain = CliRun.normalize(tmp.resolve("plain.jsonl"), "--isolation", "thread",
                example.toString()).get(0);
        NormalizationResult read = assertTimeoutPreemptively(SECONDS_NOT_MINUTES, () -> CliRun.normalize(
                tmp.resolve("giant.jsonl"), "--isolation", "thread", giant.toString()).get(0));

        assertEquals(List.of(), codes(read, "PLUGIN_TIMEOUT"));
        assertEquals(plain.format(), read.format());
        assertEquals(Status.PARTIAL, read.status(), read.diagnostics()::toString);
        assertEquals(List.of("activeDisclosure.procurement"), codes(read, "CELLS_MISSING"));
        Map<String, Object> want = new TreeMap<>(ReportPaths.flatten(plain.report()));
        Map<String, Object> got = new TreeMap<>(ReportPaths.flatten(read.report()));
        assertEquals(415802, ((Number) want.get("activeDisclosure.procurement.amount")).intValue());
        for (String procurement : List.of("projects", "amount", "amountUnit")) {
            String path = "activeDisclosure.procurement." + procurement;
            assertNull(got.get(path), path);
            want.remove(path);
            got.remove(path);
        }
        assertEquals(want, got, "every value outside the giant's row is the untouched report's");
    }

    private static List<String> codes(NormalizationResult r, String code) {
        return r.diagnostics().stream().filter(d -> d.code().equals(code)).map(Diagnostic::path).toList();
    }
}
