package org.gioreport.engine.internal.plugins;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.gioreport.core.model.Diagnostic;
import org.gioreport.core.testing.SampleReports;
import org.junit.jupiter.api.Test;

class UnexplainedNullsTest {

    @Test
    void nullWithoutAReasonGetsOneDiagnosticPerRow() {
        var values = SampleReports.consistent2019();
        values.put("activeDisclosure.coercion.previousYear", null);
        values.put("activeDisclosure.coercion.decisions", null);
        values.put("publishedOn", null);
        List<Diagnostic> added = UnexplainedNulls.explain(SampleReports.report(values), List.of());
        assertEquals(List.of("publishedOn", "activeDisclosure.coercion"), added.stream().map(Diagnostic::path).toList());
        assertTrue(added.get(1).message().contains("(previousYear, decisions)"), added.get(1).message());
    }

    @Test
    void nullAlreadyExplainedByItsRowOrSectionGetsNoSecondDiagnostic() {
        var values = SampleReports.consistent2019();
        values.put("applications.carriedForward.total", null);
        values.put("reviewsAndLawsuits.review.total", null);
        List<Diagnostic> reasons = List.of(Diagnostic.warning("ROW_MISSING", "applications.carriedForward", "lost"),
                Diagnostic.warning("ROW_MISSING", "reviewsAndLawsuits", "lost"));
        assertEquals(List.of(), UnexplainedNulls.explain(SampleReports.report(values), reasons));
    }

    @Test
    void aCutInTheTextExplainsItsRowAndEveryFieldAfterItButNoneBefore() {
        var values = SampleReports.consistent2019();
        values.put("activeDisclosure.coercion.decisions", null);
        values.put("applications.unableToProvide.notHeld.total", null);
        values.put("applications.carriedForward.total", null);
        values.put("reviewsAndLawsuits.lawsuitAfterReview.total", null);
        List<Diagnostic> cut = List.of(Diagnostic.warning("CUT_OFF", "applications.unableToProvide.notHeld", "cut"));
        List<Diagnostic> added = UnexplainedNulls.explain(SampleReports.report(values), cut);
        assertEquals(List.of("activeDisclosure.coercion"), added.stream().map(Diagnostic::path).toList());
    }
}
