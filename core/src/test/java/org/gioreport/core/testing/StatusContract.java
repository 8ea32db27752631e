package org.gioreport.core.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.gioreport.core.json.ReportPaths;
import org.gioreport.core.model.Diagnostic;
import org.gioreport.core.model.NormalizationResult;
import org.gioreport.core.model.ReportFields;
import org.gioreport.core.model.Status;

/**
 * The status a report is given, checked against the report itself rather than against today's outcome: a report
 * is complete or partial; complete means no field of its edition is null; partial means some are, and each null
 * field is explained by a diagnostic on that field or on its row or section. So reading a seed better (partial
 * turning complete) passes, and a partial result whose nulls nobody explains fails.
 */
public final class StatusContract {

    private StatusContract() {
    }

    public static void assertHolds(NormalizationResult r) {
        String name = r.source().path();
        assertTrue(r.status() == Status.COMPLETE || r.status() == Status.PARTIAL, name + " is " + r.status()
                + ": " + r.diagnostics());
        assertNotNull(r.report(), name);
        assertNotNull(r.report().edition(), name + " has no edition");
        Map<String, Object> flat = ReportPaths.flatten(r.report());
        List<String> nulls = ReportFields.required(r.report().edition()).stream()
                .filter(p -> flat.get(p) == null).toList();
        if (r.status() == Status.COMPLETE) {
            assertEquals(List.of(), nulls, name + " is complete but has null fields");
            return;
        }
        assertFalse(nulls.isEmpty(), name + " is partial but every field has a value");
        for (String path : nulls) {
            assertTrue(r.diagnostics().stream().anyMatch(d -> explains(d, path) || cutBefore(d, path, r)),
                    () -> name + ": " + path + " is null and no diagnostic says why: " + r.diagnostics());
        }
    }

    /**
     * A {@code CUT_OFF} names the first row the text does not reach and says that every table field after it is
     * null: it explains that row and every numeric field after it in template order.
     */
    private static boolean cutBefore(Diagnostic d, String path, NormalizationResult r) {
        if (!"CUT_OFF".equals(d.code()) || d.path() == null) {
            return false;
        }
        List<String> fields = ReportFields.numeric(r.report().edition());
        int cut = -1;
        for (int i = 0; i < fields.size() && cut < 0; i++) {
            cut = explains(d, fields.get(i)) ? i : -1;
        }
        return cut >= 0 && fields.indexOf(path) >= cut;
    }

    private static boolean explains(Diagnostic d, String path) {
        return d.path() != null && (path.equals(d.path()) || path.startsWith(d.path() + "."));
    }
}
