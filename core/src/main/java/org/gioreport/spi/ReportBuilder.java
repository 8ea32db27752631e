package org.gioreport.spi;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.gioreport.core.json.ReportPaths;
import org.gioreport.core.model.ApplicantCounts;
import org.gioreport.core.model.Diagnostic;
import org.gioreport.core.model.Provenance;
import org.gioreport.core.model.Report;
import org.gioreport.core.model.ReportFields;

/**
 * Collects what a plugin reads, by dotted path, and builds the {@link Extraction}. It keeps the rules every
 * plugin must keep: a value read is never overwritten, a computed value is listed in {@code derived},
 * and the 2021 {@code otherHandling} row is derived from its three detail rows.
 */
public final class ReportBuilder {

    private final Map<String, Object> values = new LinkedHashMap<>();
    private final Map<String, Provenance> provenance = new LinkedHashMap<>();
    private final Set<String> derived = new LinkedHashSet<>();
    private final List<Diagnostic> diagnostics = new ArrayList<>();
    private String edition;

    public ReportBuilder edition(String edition) {
        this.edition = edition;
        values.put("edition", edition);
        return this;
    }

    public String edition() {
        return edition;
    }

    public ReportBuilder organization(String organization) {
        values.put("organization", organization);
        return this;
    }

    public ReportBuilder reportYear(Integer year) {
        values.put("reportYear", year);
        return this;
    }

    /** The signature date as an ISO date ({@code 2021-01-11}). */
    public ReportBuilder publishedOn(String isoDate) {
        values.put("publishedOn", isoDate);
        return this;
    }

    public ReportBuilder narrative(String overview, String problems, String otherMatters) {
        if (overview != null || problems != null || otherMatters != null) {
            values.put("narrative.overview", overview);
            values.put("narrative.problems", problems);
            values.put("narrative.otherMatters", otherMatters);
        }
        return this;
    }

    /**
     * Records a value read from the document. A second value for the same path is not taken: the first
     * stays, and the conflict is reported.
     */
    public ReportBuilder read(String path, Number value, Provenance where) {
        Object old = values.get(path);
        if (old != null && !sameNumber(old, value)) {
            diagnostics.add(Diagnostic.warning("CONFLICTING_VALUES", path,
                    path + " was read twice with different values (" + old + ", then " + value + "); kept the first"));
            return this;
        }
        values.put(path, value);
        if (where != null) {
            provenance.put(path, where);
        }
        return this;
    }

    /** Records the unit of an amount as written ("元", "万元"). */
    public ReportBuilder unit(String path, String unit) {
        values.put(path, unit);
        return this;
    }

    /**
     * Records a value computed rather than read; it is listed in {@code derived}. {@code why}, when not null,
     * becomes an info diagnostic (leave it null when one diagnostic already explains a group of values).
     */
    public ReportBuilder derive(String path, Number value, String why) {
        if (values.get(path) != null) {
            return this;
        }
        values.put(path, value);
        derived.add(path);
        if (why != null) {
            diagnostics.add(Diagnostic.info("DERIVED", path, why));
        }
        return this;
    }

    public ReportBuilder diagnostic(Diagnostic diagnostic) {
        diagnostics.add(diagnostic);
        return this;
    }

    public boolean has(String path) {
        return values.get(path) != null;
    }

    public Object get(String path) {
        return values.get(path);
    }

    public Extraction build() {
        if (ReportFields.EDITION_2021.equals(edition)) {
            deriveOtherHandling();
        }
        Report report = ReportPaths.unflatten(values, edition);
        return new Extraction(report, List.copyOf(derived), provenance, diagnostics);
    }

    /** 2021: 三（六）其他处理 is the sum of its three rows, where all three are known. */
    private void deriveOtherHandling() {
        List<String> unknown = new ArrayList<>();
        for (String column : ApplicantCounts.COLUMNS) {
            long sum = 0;
            boolean known = true;
            for (String row : ReportFields.OTHER_HANDLING_DETAIL) {
                Object v = values.get("applications." + row + "." + column);
                if (v == null) {
                    known = false;
                    break;
                }
                sum += ((Number) v).longValue();
            }
            String path = "applications.otherHandling." + column;
            if (known && values.get(path) == null) {
                values.put(path, (int) sum);
                derived.add(path);
            } else if (!known && values.get(path) == null) {
                unknown.add(column);
            }
        }
        if (!unknown.isEmpty()) {
            diagnostics.add(Diagnostic.info("NOT_DERIVED", "applications.otherHandling",
                    "applications.otherHandling (" + String.join(", ", unknown) + "): the 2021 template states it"
                            + " only as the sum of its three rows, and not all of them are known; left null"));
        }
    }

    private static boolean sameNumber(Object a, Number b) {
        if (!(a instanceof Number n) || b == null) {
            return false;
        }
        return new BigDecimal(n.toString()).compareTo(new BigDecimal(b.toString())) == 0;
    }
}
