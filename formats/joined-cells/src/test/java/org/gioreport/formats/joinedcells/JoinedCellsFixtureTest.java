package org.gioreport.formats.joinedcells;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.gioreport.core.json.ReportPaths;
import org.gioreport.core.model.Diagnostic;
import org.gioreport.core.testing.FixtureRunner;
import org.gioreport.core.testing.Seeds;
import org.gioreport.spi.Extraction;
import org.gioreport.spi.SourceDocument;
import org.junit.jupiter.api.Test;

/** A small 2021 report in joined cells whose rows show each way a run is proven, ambiguous or impossible. */
class JoinedCellsFixtureTest {

    private static final Path TOWN = Path.of("src/test/resources/joined-cells/town-2021.txt");
    private final JoinedCellsLayout plugin = new JoinedCellsLayout();

    private Map<String, Object> values(Extraction e) {
        return ReportPaths.flatten(e.report());
    }

    private static Diagnostic only(Extraction e, String code, String path) {
        List<Diagnostic> found = e.diagnostics().stream()
                .filter(d -> d.code().equals(code) && path.equals(d.path())).toList();
        assertEquals(1, found.size(), code + " at " + path + " in " + e.diagnostics());
        return found.get(0);
    }

    @Test
    void rowsAmbiguousAloneAreProvenByTheBalanceAndOutcomeTotalsAcrossRows() throws Exception {
        Extraction e = FixtureRunner.normalize(plugin, TOWN);
        var v = values(e);
        assertEquals(List.of(11, 1, 0, 0, 0, 0, 12), row(v, "applications.newlyReceived"));
        assertEquals(List.of(10, 1, 0, 0, 0, 0, 11), row(v, "applications.disclosed"));
        assertEquals(List.of(11, 1, 0, 0, 0, 0, 12), row(v, "applications.totalHandled"));
        assertEquals(List.of(1, 0, 0, 0, 0, 0, 1), row(v, "applications.partiallyDisclosed"));
        assertEquals(List.of(0, 0, 0, 0, 0, 0, 0), row(v, "applications.otherHandlingDetail.other"));
        Diagnostic d = only(e, "SPLIT_BY_ARITHMETIC", "applications.disclosed");
        assertTrue(d.message().contains("one split out of 2") && d.message().contains("10 | 1 | 0 | 0 | 0 | 0 | 11"),
                d.message());
    }

    @Test
    void aTableTwoRowWithSeveralSplitsIsNullAndItsDiagnosticListsThem() throws Exception {
        Extraction e = FixtureRunner.normalize(plugin, TOWN);
        var v = values(e);
        assertEquals(List.of(0, 0, 0), List.of(v.get("activeDisclosure.regulations.issued"),
                v.get("activeDisclosure.regulations.repealed"), v.get("activeDisclosure.regulations.inForce")));
        assertNull(v.get("activeDisclosure.normativeDocuments.issued"));
        assertNull(v.get("activeDisclosure.normativeDocuments.inForce"));
        String m = only(e, "SPLIT_AMBIGUOUS", "activeDisclosure.normativeDocuments").message();
        assertTrue(m.contains("1 | 20 | 5") && m.contains("12 | 0 | 5"), m);
    }

    @Test
    void aOneColumnRowIsItsRunAndADecimalAmountIsKept() throws Exception {
        var v = values(FixtureRunner.normalize(plugin, TOWN));
        assertEquals(120, v.get("activeDisclosure.licensing.decisions"));
        assertEquals(0, v.get("activeDisclosure.coercion.decisions"));
        assertEquals(0, new BigDecimal("12.345678").compareTo(new BigDecimal(v.get("activeDisclosure.fees.amount").toString())));
    }

    @Test
    void aCellWithALeadingZeroIsNoCellSoItsRowIsNull() throws Exception {
        Extraction e = FixtureRunner.normalize(plugin, TOWN);
        assertNull(values(e).get("activeDisclosure.penalties.decisions"));
        only(e, "SPLIT_NO_FIT", "activeDisclosure.penalties");
    }

    @Test
    void aReviewTableWhoseGroupTotalDoesNotAddUpIsNullNeverSplitSomeOtherWay() throws Exception {
        Extraction e = FixtureRunner.normalize(plugin, TOWN);
        var v = values(e);
        assertNull(v.get("reviewsAndLawsuits.review.upheld"));
        assertNull(v.get("reviewsAndLawsuits.lawsuitAfterReview.total"));
        only(e, "SPLIT_NO_FIT", "reviewsAndLawsuits");
    }

    @Test
    void theReportAroundTheTablesIsReadAsUsual() throws Exception {
        var v = values(FixtureRunner.normalize(plugin, TOWN));
        assertEquals("青石县白沙镇人民政府", v.get("organization"));
        assertEquals(2022, v.get("reportYear"));
        assertEquals("2021", v.get("edition"));
        assertEquals("2023-01-18", v.get("publishedOn"));
    }

    @Test
    void joinedTextFitsAndTheSeedsOfOtherLayoutsDoNot() throws Exception {
        assertTrue(plugin.fit(SourceDocument.ofText(TOWN.toString(), java.nio.file.Files.readString(TOWN))).score() > 0.8);
        for (String seed : List.of("000_e5a8dc90a2ee1929", "001_6f137c09381843de", "002_76b9ee9e1217577a", "003_c3db75ac4ce109b2", "004_3ad5b18b41354741")) {
            Path p = Seeds.text(seed);
            assertEquals(0.0, plugin.fit(SourceDocument.ofText(p.toString(), java.nio.file.Files.readString(p))).score(),
                    seed);
        }
    }

    private static List<Object> row(Map<String, Object> v, String prefix) {
        return List.of("naturalPerson", "business", "research", "publicWelfare", "legalService", "other", "total")
                .stream().map(c -> v.get(prefix + "." + c)).toList();
    }
}
