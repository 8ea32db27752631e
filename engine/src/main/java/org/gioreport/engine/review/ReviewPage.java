package org.gioreport.engine.review;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.gioreport.core.json.ReportJson;
import org.gioreport.core.json.ReportPaths;
import org.gioreport.core.model.Diagnostic;
import org.gioreport.core.model.FieldCatalog;
import org.gioreport.core.model.NormalizationResult;
import org.gioreport.core.model.Provenance;
import org.gioreport.core.model.Report;
import org.gioreport.core.model.ReportFields;
import org.gioreport.core.model.Severity;

/**
 * One self-contained HTML page for reviewing results: the list of reports with their status and diagnostic
 * counts, and for the report chosen its tables in the template's shape, each value with the source line (or
 * table cell) it was read from, nulls with their reason, cross-check breaks marked on every cell involved and
 * derived values marked. Nothing is loaded from anywhere: the styles and the script are inline, the results
 * are embedded as JSON and drawn by the script only when shown (a page of the list at a time, one report's
 * tables at a time), so that thousands of reports stay quick.
 */
public final class ReviewPage {

    private static final String TEMPLATE = "review.html";
    private static final String DATA = "__REVIEW_DATA__";

    private ReviewPage() {
    }

    /** The page for {@code results}, titled with {@code title} (e.g. the results file's name). */
    public static String html(List<NormalizationResult> results, String title) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("title", title);
        Map<String, Object> layouts = new LinkedHashMap<>();
        for (String edition : ReportFields.EDITIONS) {
            layouts.put(edition, TemplateLayout.of(edition));
        }
        data.put("layouts", layouts);
        List<Map<String, Object>> reports = new ArrayList<>();
        for (NormalizationResult r : results) {
            reports.add(report(r));
        }
        data.put("reports", reports);
        String json;
        try {
            json = ReportJson.mapper().writeValueAsString(data);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
        // Inside <script> only "</" could end the element early; "<\/" is the same JSON string.
        json = json.replace("</", "<\\/").replace("<!--", "<\\u0021--");
        return template().replace(DATA, json);
    }

    private static Map<String, Object> report(NormalizationResult r) {
        Report report = r.report();
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("path", r.source().path());
        m.put("sha256", r.source().sha256());
        m.put("format", r.format());
        m.put("status", r.status().json());
        m.put("organization", report == null ? null : report.organization());
        m.put("year", report == null ? null : report.reportYear());
        m.put("edition", report == null ? null : report.edition());
        m.put("publishedOn", report == null || report.publishedOn() == null ? null : report.publishedOn().toString());
        Map<Severity, Integer> counts = new EnumMap<>(Severity.class);
        for (Severity s : Severity.values()) {
            counts.put(s, 0);
        }
        r.diagnostics().forEach(d -> counts.merge(d.severity(), 1, Integer::sum));
        m.put("counts", List.of(counts.get(Severity.ERROR), counts.get(Severity.WARNING), counts.get(Severity.INFO)));
        Map<String, Object> values = new LinkedHashMap<>();
        if (report != null) {
            ReportPaths.flatten(report).forEach((path, value) -> {
                FieldCatalog.Field f = FieldCatalog.field(path);
                if (value != null && f != null && (f.isNumber() || path.endsWith(".amountUnit"))) {
                    values.put(path, value);
                }
            });
        }
        m.put("values", values);
        m.put("derived", r.derived());
        provenance(r, m);
        List<Map<String, Object>> diagnostics = new ArrayList<>();
        Map<String, List<Integer>> breaks = new LinkedHashMap<>();
        for (int i = 0; i < r.diagnostics().size(); i++) {
            Diagnostic d = r.diagnostics().get(i);
            Map<String, Object> dm = new LinkedHashMap<>();
            dm.put("severity", d.severity().json());
            dm.put("code", d.code());
            dm.put("path", d.path());
            dm.put("message", d.message());
            diagnostics.add(dm);
            for (String cell : BreakCells.of(d, report == null ? null : report.edition())) {
                breaks.computeIfAbsent(cell, c -> new ArrayList<>()).add(i);
            }
        }
        m.put("diagnostics", diagnostics);
        m.put("breaks", breaks);
        return m;
    }

    /** Provenance as {@code path → [where, index of the text]}: a line read for seven values is stored once. */
    private static void provenance(NormalizationResult r, Map<String, Object> m) {
        Map<String, Object> where = new LinkedHashMap<>();
        Map<String, Integer> index = new LinkedHashMap<>();
        if (r.provenance() != null) {
            r.provenance().forEach((path, p) -> {
                Integer i = index.computeIfAbsent(p.text() == null ? "" : p.text(), t -> index.size());
                where.put(path, List.of(place(p), i));
            });
        }
        m.put("provenance", where);
        m.put("texts", List.copyOf(index.keySet()));
    }

    private static String place(Provenance p) {
        return p.cell() != null ? p.cell() : p.line() != null ? "line " + p.line() : "";
    }

    private static String template() {
        try (InputStream in = ReviewPage.class.getResourceAsStream(TEMPLATE)) {
            if (in == null) {
                throw new IllegalStateException("the review page template is missing from the build");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
