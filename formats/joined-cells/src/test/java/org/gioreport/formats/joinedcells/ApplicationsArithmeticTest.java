package org.gioreport.formats.joinedcells;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.gioreport.core.model.ReportFields;
import org.junit.jupiter.api.Test;

class ApplicationsArithmeticTest {

    private static long[] row(long... v) {
        return v;
    }

    /** A 2019 table 三 where every outcome row is zero except 予以公开; values per row given. */
    private static Map<String, List<long[]>> table(List<long[]> newly, List<long[]> disclosed) {
        Map<String, List<long[]>> t = new HashMap<>();
        for (String r : ReportFields.applicationRows(ReportFields.EDITION_2019)) {
            t.put(r, List.of(row(0, 0, 0, 0, 0, 0, 0)));
        }
        t.put("newlyReceived", newly);
        t.put("disclosed", disclosed);
        t.put("totalHandled", List.of(row(11, 1, 0, 0, 0, 0, 12)));
        return t;
    }

    @Test
    void theBalanceRuleChoosesTheOneSplitOfNewlyReceivedThatMakesItHold() {
        var t = table(List.of(row(1, 11, 0, 0, 0, 0, 12), row(11, 1, 0, 0, 0, 0, 12)),
                List.of(row(11, 1, 0, 0, 0, 0, 12)));
        assertEquals(Map.of("newlyReceived", 1), ApplicationsArithmetic.choose(t, ReportFields.EDITION_2019));
    }

    @Test
    void theOutcomeRuleChoosesAnOutcomeRowsSplit() {
        var t = table(List.of(row(11, 1, 0, 0, 0, 0, 12)),
                List.of(row(1, 1, 10, 0, 0, 0, 12), row(1, 11, 0, 0, 0, 0, 12), row(11, 1, 0, 0, 0, 0, 12)));
        assertEquals(Map.of("disclosed", 2), ApplicationsArithmetic.choose(t, ReportFields.EDITION_2019));
    }

    @Test
    void twoAmbiguousRowsThatTheRulesCannotTellApartStayOpen() {
        var t = table(List.of(row(1, 11, 0, 0, 0, 0, 12), row(11, 1, 0, 0, 0, 0, 12)),
                List.of(row(1, 11, 0, 0, 0, 0, 12), row(11, 1, 0, 0, 0, 0, 12)));
        t.put("totalHandled", List.of(row(1, 11, 0, 0, 0, 0, 12), row(11, 1, 0, 0, 0, 0, 12)));
        assertEquals(Map.of(), ApplicationsArithmetic.choose(t, ReportFields.EDITION_2019));
    }

    @Test
    void whenNoChoiceMakesTheRulesHoldNothingIsChosen() {
        var t = table(List.of(row(1, 11, 0, 0, 0, 0, 12), row(11, 1, 0, 0, 0, 0, 12)),
                List.of(row(11, 1, 0, 0, 0, 0, 12)));
        t.put("carriedOver", List.of(row(1, 0, 0, 0, 0, 0, 1)));   // the report's own arithmetic is off
        assertEquals(Map.of(), ApplicationsArithmetic.choose(t, ReportFields.EDITION_2019));
    }

    @Test
    void aRuleWithARowNotFoundIsNotUsed() {
        var t = table(List.of(row(1, 11, 0, 0, 0, 0, 12), row(11, 1, 0, 0, 0, 0, 12)),
                List.of(row(11, 1, 0, 0, 0, 0, 12)));
        t.remove("carriedForward");
        assertEquals(Map.of(), ApplicationsArithmetic.choose(t, ReportFields.EDITION_2019));
    }

    @Test
    void in2021TheThreeOtherHandlingRowsCountAsOutcomes() {
        Map<String, List<long[]>> t = new HashMap<>();
        for (String r : ReportFields.applicationRows(ReportFields.EDITION_2021)) {
            if (!r.equals("otherHandling")) {
                t.put(r, List.of(row(0, 0, 0, 0, 0, 0, 0)));
            }
        }
        t.put("totalHandled", List.of(row(11, 1, 0, 0, 0, 0, 12)));
        t.put("newlyReceived", List.of(row(11, 1, 0, 0, 0, 0, 12)));
        t.put("otherHandlingDetail.other", List.of(row(1, 11, 0, 0, 0, 0, 12), row(11, 1, 0, 0, 0, 0, 12)));
        assertEquals(Map.of("otherHandlingDetail.other", 1), ApplicationsArithmetic.choose(t, ReportFields.EDITION_2021));
    }
}
