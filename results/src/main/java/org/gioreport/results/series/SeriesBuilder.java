package org.gioreport.results.series;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import org.gioreport.core.json.ReportPaths;
import org.gioreport.core.model.FieldCatalog;
import org.gioreport.core.model.NormalizationResult;
import org.gioreport.core.model.Report;

/**
 * Results to series: each result with a report, an organization and a year joins its body's series (names
 * grouped by {@link BodyGrouping}); per series the values by year, the changes from the year before, and the
 * findings of {@link CrossYearChecks}, a missing year ({@code CROSSYEAR_YEAR_MISSING}), a second report of a
 * year ({@code CROSSYEAR_DUPLICATE}: the first in input order is used) and a name that could be another body
 * ({@code SERIES_NAME_AMBIGUOUS}).
 */
public final class SeriesBuilder {

    static final String YEAR_MISSING = "CROSSYEAR_YEAR_MISSING";
    static final String DUPLICATE = "CROSSYEAR_DUPLICATE";
    static final String AMBIGUOUS = "SERIES_NAME_AMBIGUOUS";

    private final Map<String, String> mapping;
    private int leftOut;

    /** @param mapping name → the body it belongs to (renamed bodies), both as written; may be empty */
    public SeriesBuilder(Map<String, String> mapping) {
        this.mapping = new LinkedHashMap<>();
        mapping.forEach((name, body) -> this.mapping.put(BodyName.key(name), BodyName.key(body)));
    }

    /** How many results the last {@link #build} left out: no report, or no organization or year. */
    public int leftOut() {
        return leftOut;
    }

    /** The series of {@code results}, sorted by body. */
    public List<Series> build(List<NormalizationResult> results) {
        List<NormalizationResult> usable = new ArrayList<>();
        for (NormalizationResult r : results) {
            Report report = r.report();
            if (report != null && report.reportYear() != null && BodyName.key(report.organization()) != null) {
                usable.add(r);
            }
        }
        leftOut = results.size() - usable.size();
        BodyGrouping grouping = new BodyGrouping(usable.stream().map(r -> BodyName.key(r.report().organization()))
                .toList(), mapping);
        Map<String, List<NormalizationResult>> byBody = new TreeMap<>();
        for (NormalizationResult r : usable) {
            byBody.computeIfAbsent(grouping.body(BodyName.key(r.report().organization())), b -> new ArrayList<>()).add(r);
        }
        List<Series> series = new ArrayList<>();
        byBody.forEach((body, members) -> series.add(series(body, members, grouping)));
        return series;
    }

    private Series series(String body, List<NormalizationResult> members, BodyGrouping grouping) {
        List<CrossYearDiagnostic> diagnostics = new ArrayList<>();
        Map<Integer, NormalizationResult> byYear = new TreeMap<>();
        List<Series.Member> listed = new ArrayList<>();
        Set<String> names = new LinkedHashSet<>();
        List<NormalizationResult> sorted = new ArrayList<>(members);
        sorted.sort((a, b) -> Integer.compare(a.report().reportYear(), b.report().reportYear()));
        for (NormalizationResult r : sorted) {
            int year = r.report().reportYear();
            names.add(r.report().organization());
            NormalizationResult first = byYear.putIfAbsent(year, r);
            boolean used = first == null;
            if (!used) {
                boolean same = Objects.equals(first.source().sha256(), r.source().sha256());
                diagnostics.add(CrossYearDiagnostic.warning(DUPLICATE, null, List.of(year), "two reports for "
                        + year + ": " + first.source().path() + " (used) and " + r.source().path()
                        + (same ? " (the same content)" : " (left out of the values)")));
            }
            listed.add(new Series.Member(year, r.source().path(), r.source().sha256(), r.report().organization(),
                    r.report().edition(), r.status().json(), used));
        }
        for (String other : grouping.ambiguousWith(body)) {
            diagnostics.add(CrossYearDiagnostic.warning(AMBIGUOUS, "organization", List.copyOf(byYear.keySet()),
                    body + " may be the same body as " + other + " (a place prefix apart) but more than one body"
                            + " fits: not merged; a --names file says which"));
        }
        Map<Integer, Map<String, Object>> values = new TreeMap<>();
        byYear.forEach((year, r) -> values.put(year, ReportPaths.flatten(r.report())));
        List<Integer> years = List.copyOf(byYear.keySet());
        for (int i = 1; i < years.size(); i++) {
            int year = years.get(i);
            int before = years.get(i - 1);
            if (before == year - 1) {
                diagnostics.addAll(CrossYearChecks.between(year, values.get(before), byYear.get(before).report()
                        .edition(), values.get(year), byYear.get(year).report().edition()));
            } else {
                for (int missing = before + 1; missing < year; missing++) {
                    diagnostics.add(CrossYearDiagnostic.warning(YEAR_MISSING, null, List.of(missing), "no report"
                            + " for " + missing + " (the series has " + before + " and " + year + ")"));
                }
            }
        }
        return new Series(body, List.copyOf(names), years, listed, byPath(values), changes(values), diagnostics);
    }

    /** Per field (numbers and their units), its value in each year that states it; fields never stated left out. */
    private static Map<String, Map<Integer, Object>> byPath(Map<Integer, Map<String, Object>> values) {
        Map<String, Map<Integer, Object>> out = new LinkedHashMap<>();
        for (FieldCatalog.Field f : FieldCatalog.fields()) {
            if (!f.isNumber() && !f.path().endsWith(".amountUnit")) {
                continue;
            }
            values.forEach((year, v) -> {
                Object value = v.get(f.path());
                if (value != null) {
                    out.computeIfAbsent(f.path(), p -> new TreeMap<>()).put(year, value);
                }
            });
        }
        return out;
    }

    /** Per number, year → its change from the year before, where both years state it (amounts: in one unit). */
    private static Map<String, Map<Integer, Object>> changes(Map<Integer, Map<String, Object>> values) {
        Map<String, Map<Integer, Object>> out = new LinkedHashMap<>();
        for (FieldCatalog.Field f : FieldCatalog.fields()) {
            if (!f.isNumber()) {
                continue;
            }
            values.forEach((year, v) -> {
                Map<String, Object> before = values.get(year - 1);
                Object change = before == null ? null : change(f.path(), before, v);
                if (change != null) {
                    out.computeIfAbsent(f.path(), p -> new TreeMap<>()).put(year, change);
                }
            });
        }
        return out;
    }

    private static Object change(String path, Map<String, Object> before, Map<String, Object> after) {
        Object a = before.get(path);
        Object b = after.get(path);
        if (a instanceof Integer x && b instanceof Integer y) {
            return y - x;
        }
        if (a instanceof BigDecimal x && b instanceof BigDecimal y
                && Objects.equals(before.get(path + "Unit"), after.get(path + "Unit"))) {
            return y.subtract(x);
        }
        return null;
    }
}
