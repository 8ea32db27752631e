package org.gioreport.core.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.gioreport.core.model.Diagnostic;
import org.gioreport.core.model.Severity;
import org.gioreport.core.testing.SampleReports;
import org.junit.jupiter.api.Test;

class CrossCheckRulesTest {

    private final ReportValidator validator = new ReportValidator();

    private List<Diagnostic> validate(Map<String, Object> values) {
        return validator.validate(SampleReports.report(values));
    }

    private static Diagnostic only(List<Diagnostic> diagnostics) {
        assertEquals(1, diagnostics.size(), () -> "expected exactly one diagnostic, got " + diagnostics);
        assertEquals(Severity.WARNING, diagnostics.get(0).severity());
        return diagnostics.get(0);
    }

    @Test
    void consistentReportHasNoDiagnostics() {
        assertEquals(List.of(), validate(SampleReports.consistent2019()));
    }

    @Test
    void rowTotalThatIsNotTheSumOfItsColumnsIsReportedWithBothNumbers() {
        var values = SampleReports.consistent2019();
        values.put("applications.notDisclosed.stateSecret.total", 2); // columns are all 0
        Diagnostic d = only(validate(values).stream().filter(x -> x.code().equals("CROSSCHECK_ROW_TOTAL")).toList());
        assertEquals("applications.notDisclosed.stateSecret.total", d.path());
        assertTrue(d.message().contains("总计 is 2") && d.message().contains("add up to 0"), d.message());
        assertTrue(d.message().startsWith("applications.notDisclosed.stateSecret.total"), d.message());
    }

    @Test
    void receivedPlusCarriedOverMustEqualHandledPlusCarriedForwardPerColumn() {
        var values = SampleReports.consistent2019();
        // raise carriedOver.research and its row total together: rule 1 still holds, rule 2 breaks
        values.put("applications.carriedOver.research", 5);
        values.put("applications.carriedOver.total", 7);
        List<Diagnostic> all = validate(values);
        assertEquals(List.of("applications.totalHandled.research", "applications.totalHandled.total"),
                all.stream().map(Diagnostic::path).toList(), all::toString);
        assertTrue(all.stream().allMatch(d -> d.code().equals("CROSSCHECK_BALANCE")));
        assertTrue(all.get(0).message().contains("newlyReceived + carriedOver = 5")
                && all.get(0).message().contains("totalHandled + carriedForward = 0"), all.get(0).message());
    }

    @Test
    void totalHandledMustEqualTheSumOfTheOutcomeRows() {
        var values = SampleReports.consistent2019();
        values.put("applications.disclosed.business", 1);
        values.put("applications.disclosed.total", (Integer) values.get("applications.disclosed.total") + 1);
        List<Diagnostic> outcomes = validate(values).stream()
                .filter(d -> d.code().equals("CROSSCHECK_OUTCOMES")).toList();
        assertEquals(List.of("applications.totalHandled.business", "applications.totalHandled.total"),
                outcomes.stream().map(Diagnostic::path).toList());
        assertTrue(outcomes.get(0).message().contains("totalHandled is 1 but the outcome rows add up to 2"),
                outcomes.get(0).message());
    }

    @Test
    void reviewGroupTotalMustEqualItsOutcomes() {
        var values = SampleReports.consistent2019();
        values.put("reviewsAndLawsuits.lawsuitDirect.total", 5); // 1 + 2 + 0 + 3 = 6
        Diagnostic d = only(validate(values));
        assertEquals("CROSSCHECK_GROUP_TOTAL", d.code());
        assertEquals("reviewsAndLawsuits.lawsuitDirect.total", d.path());
        assertTrue(d.message().contains("总计 is 5") && d.message().contains("add up to 6")
                && d.message().contains("off by -1"), d.message());
    }

    @Test
    void negativeCountIsReportedButChangeMayBeNegative() {
        var values = SampleReports.consistent2019();
        values.put("activeDisclosure.licensing.change", -4);
        assertEquals(List.of(), validate(values));
        values.put("activeDisclosure.penalties.decisions", -1);
        Diagnostic d = only(validate(values));
        assertEquals("NEGATIVE_COUNT", d.code());
        assertEquals("activeDisclosure.penalties.decisions", d.path());
        assertTrue(d.message().contains("is -1"), d.message());
    }

    @Test
    void editionMustMatchTheReportYear() {
        var values = SampleReports.consistent2019();
        values.put("reportYear", 2022);
        Diagnostic d = only(validate(values));
        assertEquals("EDITION_YEAR_MISMATCH", d.code());
        assertEquals("edition", d.path());
        assertTrue(d.message().contains("2019") && d.message().contains("2022"), d.message());
    }

    @Test
    void implausibleReportYearIsReported() {
        var values = SampleReports.consistent2019();
        values.put("reportYear", 1998);
        assertTrue(validate(values).stream().anyMatch(d -> d.code().equals("IMPLAUSIBLE_YEAR")
                && d.path().equals("reportYear") && d.message().contains("1998")));
    }

    @Test
    void rulesAreSkippedWhereAnOperandIsUnknown() {
        var values = SampleReports.consistent2019();
        values.put("applications.newlyReceived.naturalPerson", null);
        values.put("applications.disclosed.total", null);
        values.put("reviewsAndLawsuits.review.upheld", null);
        assertEquals(List.of(), validate(values));
    }
}
