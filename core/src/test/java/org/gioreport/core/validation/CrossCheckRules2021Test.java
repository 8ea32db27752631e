package org.gioreport.core.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.gioreport.core.model.Diagnostic;
import org.gioreport.core.model.ReportFields;
import org.gioreport.core.testing.SampleReports;
import org.junit.jupiter.api.Test;

/**
 * The cross-check rules on a 2021-edition report (国办公开办函〔2021〕30号): each rule held by a consistent report,
 * then broken once by one number, naming the path and both numbers. The 2019 edition: {@link CrossCheckRulesTest}.
 */
class CrossCheckRules2021Test {

    private final ReportValidator validator = new ReportValidator();

    private List<Diagnostic> validate(Map<String, Object> values) {
        return validator.validate(SampleReports.report(values));
    }

    private static Diagnostic only(List<Diagnostic> diagnostics, String code) {
        assertEquals(1, diagnostics.size(), () -> "expected exactly one diagnostic, got " + diagnostics);
        assertEquals(code, diagnostics.get(0).code(), diagnostics::toString);
        return diagnostics.get(0);
    }

    @Test
    void consistent2021ReportWithItsDetailRowsHoldsEveryRule() {
        var values = SampleReports.consistent2021();
        assertEquals("2021", values.get("edition"));
        assertEquals(5, values.get("applications.otherHandling.total"));
        assertTrue(values.containsKey("activeDisclosure.regulations.inForce"));
        assertTrue(ReportFields.required("2021").stream().allMatch(values::containsKey), "every 2021 field is set");
        assertEquals(List.of(), validate(values));
    }

    @Test
    void detailRowTotalThatIsNotTheSumOfItsColumnsIsReported() {
        var values = SampleReports.consistent2021();
        values.put("applications.otherHandlingDetail.unpaidFees.total", 3); // columns 0+1+0+0+0+0 = 1
        Diagnostic d = only(validate(values), "CROSSCHECK_ROW_TOTAL");
        assertEquals("applications.otherHandlingDetail.unpaidFees.total", d.path());
        assertTrue(d.message().contains("总计 is 3") && d.message().contains("add up to 1"), d.message());
    }

    @Test
    void receivedPlusCarriedOverMustEqualHandledPlusCarriedForwardIn2021Too() {
        var values = SampleReports.consistent2021();
        values.put("applications.carriedForward.business", 2); // 1 + 0 = 1 + 2 breaks; row total kept true
        values.put("applications.carriedForward.total", 3);
        List<Diagnostic> all = validate(values);
        assertEquals(List.of("applications.totalHandled.business", "applications.totalHandled.total"),
                all.stream().map(Diagnostic::path).toList(), all::toString);
        assertTrue(all.stream().allMatch(d -> d.code().equals("CROSSCHECK_BALANCE")), all::toString);
        assertTrue(all.get(0).message().contains("newlyReceived + carriedOver = 1")
                && all.get(0).message().contains("totalHandled + carriedForward = 3"), all.get(0).message());
    }

    @Test
    void totalHandledMustEqualTheSumOfTheOutcomeRowsIn2021Too() {
        var values = SampleReports.consistent2021();
        values.put("applications.notProcessed.excessive.research", 2);
        values.put("applications.notProcessed.excessive.total", 2);
        List<Diagnostic> outcomes = validate(values).stream()
                .filter(d -> d.code().equals("CROSSCHECK_OUTCOMES")).toList();
        assertEquals(List.of("applications.totalHandled.research", "applications.totalHandled.total"),
                outcomes.stream().map(Diagnostic::path).toList());
        assertTrue(outcomes.get(0).message().contains("totalHandled is 0 but the outcome rows add up to 2"),
                outcomes.get(0).message());
    }

    @Test
    void reviewGroupTotalMustEqualItsOutcomesIn2021Too() {
        var values = SampleReports.consistent2021();
        values.put("reviewsAndLawsuits.review.total", 7); // 1 + 2 + 0 + 3 = 6
        Diagnostic d = only(validate(values), "CROSSCHECK_GROUP_TOTAL");
        assertEquals("reviewsAndLawsuits.review.total", d.path());
        assertTrue(d.message().contains("总计 is 7") && d.message().contains("add up to 6")
                && d.message().contains("off by +1"), d.message());
    }

    @Test
    void negativeCountInA2021OnlyFieldIsReported() {
        var values = SampleReports.consistent2021();
        values.put("activeDisclosure.regulations.inForce", -2);
        Diagnostic d = only(validate(values), "NEGATIVE_COUNT");
        assertEquals("activeDisclosure.regulations.inForce", d.path());
        assertTrue(d.message().contains("is -2"), d.message());
    }

    @Test
    void the2021EditionForA2020ReportIsAMismatch() {
        var values = SampleReports.consistent2021();
        values.put("reportYear", 2020);
        Diagnostic d = only(validate(values), "EDITION_YEAR_MISMATCH");
        assertEquals("edition", d.path());
        assertTrue(d.message().contains("2021") && d.message().contains("2020"), d.message());
    }
}
