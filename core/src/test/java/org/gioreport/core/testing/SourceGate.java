package org.gioreport.core.testing;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.gioreport.core.json.ReportPaths;
import org.gioreport.core.model.Provenance;
import org.gioreport.core.model.Report;

/**
 * The source gate: every number put into a report that is not listed in {@code derived} must stand in the
 * source at the place it was read from (its provenance line or cell text), as written.
 */
public final class SourceGate {

    private SourceGate() {
    }

    /** Violations, empty when every read value is backed by its provenance. */
    public static List<String> check(Report report, List<String> derived, Map<String, Provenance> provenance) {
        List<String> problems = new ArrayList<>();
        if (report == null) {
            return problems;
        }
        for (var e : ReportPaths.flatten(report).entrySet()) {
            if (!(e.getValue() instanceof Number number) || derived.contains(e.getKey())) {
                continue;
            }
            Provenance where = provenance == null ? null : provenance.get(e.getKey());
            if (where == null || where.text() == null) {
                problems.add(e.getKey() + " = " + number + " has no provenance");
                continue;
            }
            String text = where.text().replaceAll("[\\s\u3000,]", "");
            String digits = new java.math.BigDecimal(number.toString()).abs().toPlainString();
            if (!text.contains(digits) && !joinedAcrossCells(where.text(), digits)) {
                problems.add(e.getKey() + " = " + number + " does not stand in its source line " + where.line()
                        + ": \"" + where.text() + "\"");
            }
        }
        return problems;
    }

    /** A number split over two cells ("2" | "0") was joined on purpose; its digits stand side by side. */
    private static boolean joinedAcrossCells(String text, String digits) {
        return text.replaceAll("[^0-9]", "").contains(digits);
    }
}
