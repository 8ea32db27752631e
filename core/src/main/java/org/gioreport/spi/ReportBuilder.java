package org.gioreport.spi;

import java.math.BigDecimal;
import java.math.BigInteger;
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
 *
 * <p>It is strict, so that a plugin's mistake is found in its tests and not in a dataset: a path that is no
 * field of the schema ({@code applications.newlyRecieved.total}) is a programming error
 * ({@link IllegalArgumentException}, which costs the document a {@code PLUGIN_FAILED} at run time), and a
 * fraction where a count belongs is never truncated: the field stays null with a {@code NOT_A_COUNT} warning.
 */
public final class ReportBuilder {

    /** Every path {@link #read} and {@link #derive} take: the numbers of both editions and the report year. */
    private static final Set<String> NUMBER_PATHS = numberPaths();

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
        if (!acceptedNumber(path, value)) {
            return this;
        }
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
        if (!path.endsWith(".amountUnit") || !NUMBER_PATHS.contains(path.replace(".amountUnit", ".amount"))) {
            throw new IllegalArgumentException("not the unit of an amount field: " + path);
        }
        values.put(path, unit);
        return this;
    }

    /**
     * Records a value computed rather than read; it is listed in {@code derived}. {@code why}, when not null,
     * becomes an info diagnostic (leave it null when one diagnostic already explains a group of values).
     */
    public ReportBuilder derive(String path, Number value, String why) {
        if (!acceptedNumber(path, value) || values.get(path) != null) {
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

    /**
     * Whether a number may go into {@code path}: throws for a path the schema does not have; refuses, with a
     * {@code NOT_A_COUNT} warning, a fraction where a whole number belongs (only amounts take decimals).
     */
    private boolean acceptedNumber(String path, Number value) {
        if (!NUMBER_PATHS.contains(path)) {
            throw new IllegalArgumentException("no number field of the report has the path '" + path + "'");
        }
        if (value == null || path.endsWith(".amount") || isWhole(value)) {
            return true;
        }
        diagnostics.add(Diagnostic.warning("NOT_A_COUNT", path,
                path + ": " + value + " is not a whole number; left null"));
        return false;
    }

    private static boolean isWhole(Number value) {
        if (value instanceof Integer || value instanceof Long || value instanceof Short || value instanceof Byte
                || value instanceof BigInteger) {
            return true;
        }
        try {
            return new BigDecimal(value.toString()).stripTrailingZeros().scale() <= 0;
        } catch (NumberFormatException notFinite) {
            return false; // NaN or infinite
        }
    }

    private static Set<String> numberPaths() {
        Set<String> paths = new LinkedHashSet<>(List.of("reportYear"));
        for (String edition : ReportFields.EDITIONS) {
            paths.addAll(ReportFields.numeric(edition));
        }
        return Set.copyOf(paths);
    }

    private static boolean sameNumber(Object a, Number b) {
        if (!(a instanceof Number n) || b == null) {
            return false;
        }
        return new BigDecimal(n.toString()).compareTo(new BigDecimal(b.toString())) == 0;
    }
}
