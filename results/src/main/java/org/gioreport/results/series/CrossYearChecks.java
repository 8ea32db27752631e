package org.gioreport.results.series;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.gioreport.core.model.ApplicantCounts;
import org.gioreport.core.model.FieldCatalog;
import org.gioreport.core.model.ReportFields;

/**
 * The checks that need two years of one body: reported, never corrected, and each only where all its numbers
 * are known. 结转下年度继续办理 of year N is 上年结转 of year N+1, per applicant column ({@code CROSSYEAR_CARRY});
 * in the 2021 edition 现行有效件数 of N−1 plus 本年制发 minus 本年废止 of N gives 现行有效件数 of N
 * ({@code CROSSYEAR_IN_FORCE}; bodies restate their stock, so this is a hint as much as a break); the edition
 * stays the same inside 2019–2020 and from 2021 on ({@code CROSSYEAR_EDITION}).
 */
final class CrossYearChecks {

    static final String CARRY = "CROSSYEAR_CARRY";
    static final String IN_FORCE = "CROSSYEAR_IN_FORCE";
    static final String EDITION = "CROSSYEAR_EDITION";

    private CrossYearChecks() {
    }

    /** The findings between two consecutive years of a body ({@code year} = {@code before}'s + 1). */
    static List<CrossYearDiagnostic> between(int year, Map<String, Object> before, String beforeEdition,
                                             Map<String, Object> after, String afterEdition) {
        List<CrossYearDiagnostic> found = new ArrayList<>();
        List<Integer> years = List.of(year - 1, year);
        for (String column : ApplicantCounts.COLUMNS) {
            Object forward = before.get("applications.carriedForward." + column);
            Object over = after.get("applications.carriedOver." + column);
            if (forward instanceof Integer f && over instanceof Integer o && !f.equals(o)) {
                String path = "applications.carriedOver." + column;
                found.add(CrossYearDiagnostic.warning(CARRY, path, years, "结转下年度继续办理 of " + (year - 1)
                        + " is " + f + " for " + column + " (" + label(path) + ") but 上年结转 of " + year + " is " + o
                        + " (off by " + signed(o - f) + ")"));
            }
        }
        if (ReportFields.EDITION_2021.equals(beforeEdition) && ReportFields.EDITION_2021.equals(afterEdition)) {
            for (String item : List.of("regulations", "normativeDocuments")) {
                String p = "activeDisclosure." + item + ".";
                if (before.get(p + "inForce") instanceof Integer stock && after.get(p + "issued") instanceof Integer made
                        && after.get(p + "repealed") instanceof Integer gone
                        && after.get(p + "inForce") instanceof Integer now && stock + made - gone != now) {
                    found.add(CrossYearDiagnostic.warning(IN_FORCE, p + "inForce", years, label(p + "inForce")
                            + ": " + (year - 1) + " states " + stock + " in force, " + year + " issued " + made
                            + " and repealed " + gone + ", which gives " + (stock + made - gone) + ", but " + year
                            + " states " + now + " (off by " + signed(now - (stock + made - gone))
                            + "; bodies sometimes restate their stock)"));
                }
            }
        }
        if (beforeEdition != null && afterEdition != null && !beforeEdition.equals(afterEdition)
                && (year <= 2020 || year - 1 >= 2021)) {
            found.add(CrossYearDiagnostic.warning(EDITION, "edition", years, "the " + (year - 1) + " report uses the "
                    + beforeEdition + " edition of the template and the " + year + " report the " + afterEdition
                    + " edition; the edition changes only from 2020 to 2021"));
        }
        return found;
    }

    private static String label(String path) {
        FieldCatalog.Field f = FieldCatalog.field(path);
        return f == null ? path : f.label();
    }

    private static String signed(int n) {
        return n > 0 ? "+" + n : Integer.toString(n);
    }
}
