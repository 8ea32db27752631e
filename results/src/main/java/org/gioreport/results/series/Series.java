package org.gioreport.results.series;

import java.util.List;
import java.util.Map;

/**
 * One body's reports across years: one JSON line of {@code gioreport series}.
 *
 * @param body        the body's name as the key of the series (normalized; the shortest form its reports use)
 * @param names       every name its reports are written with, as written
 * @param years       the report years, ascending
 * @param reports     the reports, by year (a second report of a year is listed too, marked not used)
 * @param values      per field path, its value in each year it is stated (year → value)
 * @param changes     per number, its change from the year before (year → change), where both years state it
 * @param diagnostics the cross-year checks' findings
 */
public record Series(String body, List<String> names, List<Integer> years, List<Member> reports,
                     Map<String, Map<Integer, Object>> values, Map<String, Map<Integer, Object>> changes,
                     List<CrossYearDiagnostic> diagnostics) {

    /** One report of a series. {@code used} is false for a second report of a year already taken. */
    public record Member(int year, String path, String sha256, String organization, String edition, String status,
                         boolean used) {
    }
}
