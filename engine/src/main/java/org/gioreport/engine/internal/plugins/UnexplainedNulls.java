package org.gioreport.engine.internal.plugins;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.gioreport.core.json.ReportPaths;
import org.gioreport.core.model.Diagnostic;
import org.gioreport.core.model.Report;
import org.gioreport.core.model.ReportFields;

/**
 * Keeps the promise that every null comes with a reason: a field of the report's edition that is null
 * while no diagnostic speaks of it (or of a row or section containing it, or of a cut in the text before it)
 * gets one, one per row.
 */
final class UnexplainedNulls {

    private UnexplainedNulls() {
    }

    static List<Diagnostic> explain(Report report, List<Diagnostic> diagnostics) {
        return explain(report, ReportPaths.flatten(report), diagnostics);
    }

    /** @param flat the report flattened by {@link ReportPaths#flatten} (the caller has it already) */
    static List<Diagnostic> explain(Report report, Map<String, Object> flat, List<Diagnostic> diagnostics) {
        List<Diagnostic> out = new ArrayList<>();
        if (report == null || report.edition() == null) {
            return out;
        }
        Map<String, List<String>> byRow = new LinkedHashMap<>();
        List<String> required = ReportFields.required(report.edition());
        int cut = cutOffAt(required, diagnostics);
        for (int i = 0; i < required.size(); i++) {
            String path = required.get(i);
            if (flat.get(path) == null && i < cut && !explained(path, diagnostics)) {
                int dot = path.lastIndexOf('.');
                String row = dot < 0 ? path : path.substring(0, dot);
                byRow.computeIfAbsent(row, r -> new ArrayList<>()).add(dot < 0 ? path : path.substring(dot + 1));
            }
        }
        byRow.forEach((row, fields) -> out.add(Diagnostic.warning("NOT_FOUND", row,
                row + (row.contains(".") || !fields.contains(row) ? " (" + String.join(", ", fields) + ")" : "")
                        + ": not found in the document; left null")));
        return out;
    }

    /**
     * Where a text that stops inside its tables was cut ({@code CUT_OFF} at a row): that row and every field after
     * it in template order are explained by it; the size of {@code required} when there is no cut.
     */
    private static int cutOffAt(List<String> required, List<Diagnostic> diagnostics) {
        for (Diagnostic d : diagnostics) {
            if ("CUT_OFF".equals(d.code()) && d.path() != null) {
                for (int i = 0; i < required.size(); i++) {
                    if (required.get(i).equals(d.path()) || required.get(i).startsWith(d.path() + ".")) {
                        return i;
                    }
                }
            }
        }
        return required.size();
    }

    private static boolean explained(String path, List<Diagnostic> diagnostics) {
        for (Diagnostic d : diagnostics) {
            String p = d.path();
            if (p != null && (path.equals(p) || path.startsWith(p + "."))) {
                return true;
            }
        }
        return false;
    }
}
