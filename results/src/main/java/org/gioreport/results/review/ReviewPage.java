package org.gioreport.results.review;

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
    /** The fields a report's values are listed by, in this order (numbers and amount units). */
    private static final List<String> PATHS = FieldCatalog.fields().stream()
            .filter(f -> f.isNumber() || f.path().endsWith(".amountUnit")).map(FieldCatalog.Field::path).toList();

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
        data.put("paths", PATHS);
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
        // Values and provenance as arrays in the order of PATHS, not maps keyed by 240 long paths: a page of
        // thousands of reports is several times smaller. The script turns them back into maps when shown.
        Map<String, Object> flat = report == null ? Map.of() : ReportPaths.flatten(report);
        Map<String, Provenance> read = r.provenance() == null ? Map.of() : r.provenance();
        List<Object> values = new ArrayList<>();
        List<Object> where = new ArrayList<>();
        Map<String, Integer> texts = new LinkedHashMap<>();
        for (String path : PATHS) {
            values.add(flat.get(path));
            Provenance p = read.get(path);
            where.add(p == null ? null : List.of(place(p), texts.computeIfAbsent(p.text() == null ? "" : p.text(),
                    t -> texts.size())));
        }
        m.put("v", trimmed(values));
        m.put("p", trimmed(where));
        m.put("texts", List.copyOf(texts.keySet()));
        m.put("derived", r.derived());
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

    /** {@code list} without its trailing nulls (a failed input's are all null). */
    private static List<Object> trimmed(List<Object> list) {
        int end = list.size();
        while (end > 0 && list.get(end - 1) == null) {
            end--;
        }
        return list.subList(0, end);
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
