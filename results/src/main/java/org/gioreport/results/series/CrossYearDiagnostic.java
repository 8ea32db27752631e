package org.gioreport.results.series;

import java.util.List;
import org.gioreport.core.model.Severity;

/**
 * Something a series shows across years: a stable {@code code}, the field concerned (null for the series as a
 * whole), the report years involved (both years of a carry-over, the missing year...) and a sentence.
 */
public record CrossYearDiagnostic(Severity severity, String code, String path, List<Integer> years, String message) {

    public CrossYearDiagnostic {
        years = List.copyOf(years);
    }

    static CrossYearDiagnostic warning(String code, String path, List<Integer> years, String message) {
        return new CrossYearDiagnostic(Severity.WARNING, code, path, years, message);
    }
}
