package org.gioreport.formats.celldump;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.gioreport.core.json.ReportPaths;
import org.gioreport.core.testing.FixtureRunner;
import org.gioreport.core.testing.Seeds;
import org.junit.jupiter.api.Test;

class CellDumpLayoutTest {

    private static final Path CORPUS = Path.of("../corpus/files");
    private final CellDumpLayout plugin = new CellDumpLayout();

    @Test
    void realDocxAndHtmlCellDumpsAreReadWithoutAWrongOrMissingValue() throws Exception {
        FixtureRunner.scoreSeeds(plugin, "001_6f137c09381843de", "003_c3db75ac4ce109b2")
                .assertAllCorrect(2, 186 + 211);
    }

    @Test
    void seed001RowsShowingFewerNumbersThanColumnsStayNull() throws Exception {
        var e = FixtureRunner.normalize(plugin, Seeds.text("001_6f137c09381843de"));
        var v = ReportPaths.flatten(e.report());
        assertNull(v.get("activeDisclosure.licensing.decisions"));
        assertNull(v.get("activeDisclosure.otherServices.previousYear"));
        assertTrue(e.diagnostics().stream().anyMatch(d -> d.code().equals("CELLS_MISSING")
                && "activeDisclosure.otherServices".equals(d.path())));
        assertEquals(0, v.get("applications.carriedForward.total"));
    }

    @Test
    void generatedCellDumpsOfBothEditionsAreReadExactly() throws Exception {
        FixtureRunner.score(plugin, CORPUS.resolve("cell-dump"), null).assertAllCorrect(12, 2478);
    }

    @Test
    void emptyCellKeepsItsColumnAndCutRowStaysNull() throws Exception {
        FixtureRunner.score(plugin, CORPUS.resolve("damaged"), "syn(08|11)-.*").assertAllCorrect(2, 422);
        var blank = ReportPaths.flatten(FixtureRunner.normalize(plugin, CORPUS.resolve("damaged/syn11-blank1.txt")).report());
        assertNull(blank.get("applications.carriedOver.business"));
        assertTrue(blank.get("applications.carriedOver.research") instanceof Number);
    }
}
