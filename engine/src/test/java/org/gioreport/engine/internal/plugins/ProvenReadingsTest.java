package org.gioreport.engine.internal.plugins;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.gioreport.core.json.ReportPaths;
import org.gioreport.core.model.ApplicantCounts;
import org.gioreport.core.model.Diagnostic;
import org.gioreport.engine.LoadedPlugin;
import org.gioreport.spi.Extraction;
import org.junit.jupiter.api.Test;

class ProvenReadingsTest {

    private static final String NEW = "applications.newlyReceived.";
    private static final String REVIEW = "reviewsAndLawsuits.review.";

    private static ProvenReadings.Reading reading(String id, String edition, Map<String, Object> values,
                                                  Diagnostic... diagnostics) {
        Map<String, Object> withEdition = new HashMap<>(values);
        withEdition.put("edition", edition);
        return ProvenReadings.Reading.of(new LoadedPlugin(null, "test", true, id, "1"), new Extraction(
                ReportPaths.unflatten(withEdition, edition), List.of(), Map.of(), List.of(diagnostics)));
    }

    /** 一、本年新收 of 3 natural persons and 2 businesses, its total 5 (rule 1 holds) or {@code total}. */
    private static Map<String, Object> newlyReceived(int total) {
        Map<String, Object> v = new HashMap<>();
        for (String column : ApplicantCounts.COLUMNS) {
            v.put(NEW + column, 0);
        }
        v.put(NEW + "naturalPerson", 3);
        v.put(NEW + "business", 2);
        v.put(NEW + "total", total);
        return v;
    }

    @Test
    void theReadingWhoseArithmeticHoldsKeepsTheTableThoughAnotherFitsBetter() {
        ProvenReadings.Reading best = reading("best-fit", "2021", newlyReceived(6));
        ProvenReadings.Reading other = reading("proven", "2021", newlyReceived(5));
        ProvenReadings.Choice choice = ProvenReadings.choose(best, List.of(other));
        assertSame(other, choice.byTable().get("applications"));
        assertSame(best, choice.byTable().get("activeDisclosure"), "no table 二 proven anywhere: the best fit keeps it");
        assertEquals("proven", choice.plugin().id(), "the record is named after the reader of table 三");
        Extraction composed = ProvenReadings.compose(choice);
        assertEquals(5, ReportPaths.flatten(composed.report()).get(NEW + "total"));
        assertTrue(composed.diagnostics().stream().anyMatch(d -> d.code().equals("TABLE_READ_BY")
                && d.message().contains("proven") && d.message().contains("best-fit")), composed::toString);
    }

    @Test
    void onATieTheBestFitKeepsItsTable() {
        ProvenReadings.Reading best = reading("best-fit", "2021", newlyReceived(5));
        ProvenReadings.Choice choice = ProvenReadings.choose(best, List.of(reading("other", "2021", newlyReceived(5))));
        assertTrue(choice.allFromBest());
    }

    @Test
    void aReadingOfTheOtherEditionIsNotCompared() {
        ProvenReadings.Reading best = reading("best-fit", "2021", newlyReceived(6));
        ProvenReadings.Choice choice = ProvenReadings.choose(best, List.of(reading("other", "2019", newlyReceived(5))));
        assertTrue(choice.allFromBest());
        assertTrue(!choice.anyDisagreement());
    }

    @Test
    void aValueNoArithmeticProvesIsNullWhenAnotherReadingStatesAnotherNumber() {
        Map<String, Object> mine = newlyReceived(5);
        mine.put(REVIEW + "upheld", 1); // a group whose total is missing proves nothing
        Map<String, Object> theirs = newlyReceived(5);
        theirs.put(REVIEW + "upheld", 7);
        ProvenReadings.Choice choice = ProvenReadings.choose(reading("best-fit", "2021", mine),
                List.of(reading("other", "2021", theirs)));
        assertTrue(choice.allFromBest() && choice.anyDisagreement());
        Extraction composed = ProvenReadings.compose(choice);
        Map<String, Object> flat = ReportPaths.flatten(composed.report());
        assertNull(flat.get(REVIEW + "upheld"));
        assertEquals(5, flat.get(NEW + "total"), "a proven value stays whatever another reading says");
        Diagnostic d = composed.diagnostics().stream().filter(x -> x.code().equals("READINGS_DISAGREE")).findFirst()
                .orElseThrow();
        assertEquals(REVIEW + "upheld", d.path());
        assertTrue(d.message().contains("best-fit read 1") && d.message().contains("other read 7"), d.message());
    }

    @Test
    void aReadingWithoutAnEditionProvesNothingAndIsNotCompared() {
        ProvenReadings.Reading best = reading("best-fit", null, newlyReceived(6));
        assertEquals(0, best.proves("applications"));
        ProvenReadings.Choice choice = ProvenReadings.choose(best, List.of(reading("other", "2021", newlyReceived(5))));
        assertTrue(choice.allFromBest() && !choice.anyDisagreement());
    }

    @Test
    void tableTwoStaysWithTheBestFitWhenItStatesAnyOfIt() {
        Map<String, Object> some = new HashMap<>(newlyReceived(5));
        some.put("activeDisclosure.licensing.decisions", 4);
        Map<String, Object> more = new HashMap<>(newlyReceived(5));
        more.put("activeDisclosure.licensing.decisions", 9);
        more.put("activeDisclosure.penalties.decisions", 2);
        ProvenReadings.Reading best = reading("best-fit", "2021", some,
                Diagnostic.warning("OCR_UNCERTAIN", "activeDisclosure.penalties.decisions", "not read surely"));
        ProvenReadings.Choice choice = ProvenReadings.choose(best, List.of(reading("other", "2021", more)));
        assertSame(best, choice.byTable().get("activeDisclosure"));
        Map<String, Object> none = newlyReceived(5);
        choice = ProvenReadings.choose(reading("best-fit", "2021", none), List.of(reading("other", "2021", more)));
        assertEquals("other", choice.byTable().get("activeDisclosure").plugin().id(), "a best fit stating none of 二");
    }

    @Test
    void tableTwoValuesDoubtedByTheirReaderAreNotProven() {
        Map<String, Object> values = Map.of("activeDisclosure.licensing.decisions", 4);
        ProvenReadings.Reading doubted = reading("doubted", "2021", values,
                Diagnostic.warning("SPLIT_BY_ARITHMETIC", "activeDisclosure.licensing", "split by shape"));
        ProvenReadings.Reading plain = reading("plain", "2021", values);
        assertEquals(0, doubted.proves("activeDisclosure"));
        assertEquals(1, plain.proves("activeDisclosure"));
    }

    @Test
    void aTableTheBestFitKeepsIsNamedWhenAnotherPluginReadsTableThreeAndGivesTheFormat() {
        ProvenReadings.Reading best = reading("best-fit", "2021", Map.of("reviewsAndLawsuits.review.upheld", 1,
                "reviewsAndLawsuits.review.corrected", 0, "reviewsAndLawsuits.review.other", 0,
                "reviewsAndLawsuits.review.pending", 0, "reviewsAndLawsuits.review.total", 1));
        ProvenReadings.Choice choice = ProvenReadings.choose(best, List.of(reading("other", "2021", newlyReceived(5))));
        assertEquals("other", choice.plugin().id());
        List<String> named = ProvenReadings.compose(choice).diagnostics().stream()
                .filter(d -> d.code().equals("TABLE_READ_BY")).map(d -> d.path() + ": " + d.message()).toList();
        assertEquals(2, named.size(), named::toString);
        assertTrue(named.get(0).startsWith("applications: table applications is read by plugin other"), named::toString);
        assertTrue(named.get(1).startsWith("reviewsAndLawsuits: table reviewsAndLawsuits is read by plugin best-fit,"
                + " the best fit"), named::toString);
    }

    /** A reading of a scan's OCR'd table cells, each judged by the arithmetic (a doubtful cell is null). */
    private static ProvenReadings.Reading ocrCellsReading(String id, Map<String, Object> values) {
        ProvenReadings.Reading r = reading(id, "2021", values);
        return ProvenReadings.Reading.of(r.plugin(), r.extraction(), r.flat(), true);
    }

    @Test
    void aValueReadFromAScansOcrTextThatNoArithmeticProvesIsNullWhereTheReaderOfTheOcrCellsLeftItNull() {
        Map<String, Object> cells = new HashMap<>(newlyReceived(5));
        cells.remove(NEW + "total"); // not read surely in its cell: null, OCR_UNCERTAIN
        Map<String, Object> text = new HashMap<>(newlyReceived(5));
        text.put("applications.carriedOver.naturalPerson", 1); // the same doubtful cell, as the OCR text has it
        ProvenReadings.Choice choice = ProvenReadings.choose(ocrCellsReading("structured-table", cells),
                List.of(reading("pdf-text", "2021", text)));
        assertEquals("pdf-text", choice.byTable().get("applications").plugin().id(), "it proves the row");
        Map<String, Object> composed = ReportPaths.flatten(ProvenReadings.compose(choice).report());
        assertEquals(5, composed.get(NEW + "total"), "proven by the row total: kept");
        assertNull(composed.get("applications.carriedOver.naturalPerson"), "proven by nothing: doubted");
        assertTrue(ProvenReadings.compose(choice).diagnostics().stream().anyMatch(d -> d.code()
                .equals("READINGS_DISAGREE") && d.path().equals("applications.carriedOver.naturalPerson")
                && d.message().contains("OCR text")));
        // a document with a text layer: no reader of OCR'd cells, the text reading's value stands
        choice = ProvenReadings.choose(reading("structured-table", "2021", cells),
                List.of(reading("pdf-text", "2021", text)));
        assertEquals(1, ReportPaths.flatten(ProvenReadings.compose(choice).report())
                .get("applications.carriedOver.naturalPerson"));
    }
}
