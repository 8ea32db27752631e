package org.gioreport.formats.celldump;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.gioreport.core.json.ReportPaths;
import org.gioreport.core.testing.ExpectedValues;
import org.gioreport.core.testing.FixtureRunner;
import org.junit.jupiter.api.Test;

class CellDumpLayoutTest {

    private static final Path SEEDS = Path.of("src/test/resources/cell-dump");
    private static final Path CORPUS = Path.of("../corpus/files");
    private final CellDumpLayout plugin = new CellDumpLayout();

    @Test
    void realDocxAndHtmlCellDumpsAreReadWithoutAWrongOrMissingValue() throws Exception {
        List<Path> seeds = FixtureRunner.fixtures(SEEDS, null);
        assertEquals(2, seeds.size());
        ExpectedValues.Score s = FixtureRunner.score(plugin, seeds);
        assertEquals(s.judged, s.correct, s::toString);
    }

    @Test
    void seed001RowsShowingFewerNumbersThanColumnsStayNull() throws Exception {
        var e = FixtureRunner.normalize(plugin, SEEDS.resolve("001_6f137c09381843de.txt"));
        var v = ReportPaths.flatten(e.report());
        assertNull(v.get("activeDisclosure.licensing.decisions"));
        assertNull(v.get("activeDisclosure.otherServices.previousYear"));
        assertTrue(e.diagnostics().stream().anyMatch(d -> d.code().equals("CELLS_MISSING")
                && "activeDisclosure.otherServices".equals(d.path())));
        assertEquals(0, v.get("applications.carriedForward.total"));
    }

    @Test
    void generatedCellDumpsOfBothEditionsAreReadExactly() throws Exception {
        ExpectedValues.Score s = FixtureRunner.score(plugin, FixtureRunner.fixtures(CORPUS.resolve("cell-dump"), null));
        assertEquals(s.judged, s.correct, s::toString);
    }

    @Test
    void emptyCellKeepsItsColumnAndCutRowStaysNull() throws Exception {
        ExpectedValues.Score s = FixtureRunner.score(plugin,
                FixtureRunner.fixtures(CORPUS.resolve("damaged"), "syn(08|11)-.*"));
        assertEquals(s.judged, s.correct, s::toString);
        var blank = ReportPaths.flatten(FixtureRunner.normalize(plugin, CORPUS.resolve("damaged/syn11-blank1.txt")).report());
        assertNull(blank.get("applications.carriedOver.business"));
        assertTrue(blank.get("applications.carriedOver.research") instanceof Number);
    }
}
