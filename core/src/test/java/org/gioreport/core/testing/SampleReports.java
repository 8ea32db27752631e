package org.gioreport.core.testing;

import java.util.LinkedHashMap;
import java.util.Map;
import org.gioreport.core.json.ReportPaths;
import org.gioreport.core.model.ApplicantCounts;
import org.gioreport.core.model.Report;
import org.gioreport.core.model.ReportFields;

/**
 * Hand-built, rule-consistent reports for tests: every rule holds, so a test breaks exactly one number
 * and sees exactly one diagnostic.
 */
public final class SampleReports {

    private SampleReports() {
    }

    /** A complete 2019-edition report for 2020 in which every cross-check rule holds. */
    public static Map<String, Object> consistent2019() {
        Map<String, Object> v = metadata("2019", 2020);
        int i = 1;
        for (String path : ReportFields.activeDisclosure("2019")) {
            v.put(path, i++);
        }
        v.put("activeDisclosure.procurement.amountUnit", "元");
        // newlyReceived 10 + carriedOver 2 = totalHandled 11 + carriedForward 1 in every column
        int[] received = {4, 1, 0, 2, 1, 2};
        putRow(v, "newlyReceived", received);
        putRow(v, "carriedOver", new int[] {1, 0, 0, 0, 0, 1});
        putRow(v, "carriedForward", new int[] {1, 0, 0, 0, 0, 0});
        // outcomes: disclosed takes all but one per column where possible; otherHandling takes the rest
        int[] handled = new int[6];
        for (int c = 0; c < 6; c++) {
            handled[c] = received[c] + (c == 0 || c == 5 ? 1 : 0) - (c == 0 ? 1 : 0);
        }
        int[] disclosed = new int[6];
        int[] other = new int[6];
        for (int c = 0; c < 6; c++) {
            disclosed[c] = Math.max(0, handled[c] - 1);
            other[c] = handled[c] - disclosed[c];
        }
        putRow(v, "disclosed", disclosed);
        putRow(v, "otherHandling", other);
        putRow(v, "totalHandled", handled);
        for (String row : ReportFields.applicationRows("2019")) {
            if (!v.containsKey("applications." + row + ".total")) {
                putRow(v, row, new int[6]);
            }
        }
        for (String group : ReportFields.REVIEW_GROUPS) {
            putGroup(v, group, 1, 2, 0, 3);
        }
        return v;
    }

    /**
     * A complete 2021-edition report for 2021 in which every cross-check rule holds: the applications of
     * {@link #consistent2019()}, with 其他处理 split into its three 2021 detail rows (1+0+0, 0+1+0, 0+0+1 …).
     */
    public static Map<String, Object> consistent2021() {
        Map<String, Object> v = consistent2019();
        v.keySet().removeIf(p -> p.startsWith("activeDisclosure."));
        v.putAll(metadata("2021", 2021));
        int i = 1;
        for (String path : ReportFields.activeDisclosure("2021")) {
            v.put(path, i++);
        }
        // otherHandling is {1, 1, 0, 1, 1, 1} (total 5) in consistent2019
        putRow(v, "otherHandlingDetail.overdueCorrection", new int[] {1, 0, 0, 1, 0, 0});
        putRow(v, "otherHandlingDetail.unpaidFees", new int[] {0, 1, 0, 0, 0, 0});
        putRow(v, "otherHandlingDetail.other", new int[] {0, 0, 0, 0, 1, 1});
        return v;
    }

    public static Report report(Map<String, Object> values) {
        return ReportPaths.unflatten(values, (String) values.get("edition"));
    }

    static Map<String, Object> metadata(String edition, int year) {
        Map<String, Object> v = new LinkedHashMap<>();
        v.put("organization", "建宁县均口镇人民政府");
        v.put("reportYear", year);
        v.put("publishedOn", (year + 1) + "-01-11");
        v.put("edition", edition);
        return v;
    }

    /** Six applicant columns and their total. */
    public static void putRow(Map<String, Object> v, String row, int[] six) {
        int sum = 0;
        for (int c = 0; c < 6; c++) {
            v.put("applications." + row + "." + ApplicantCounts.COLUMNS.get(c), six[c]);
            sum += six[c];
        }
        v.put("applications." + row + ".total", sum);
    }

    static void putGroup(Map<String, Object> v, String group, int upheld, int corrected, int other, int pending) {
        String p = "reviewsAndLawsuits." + group + ".";
        v.put(p + "upheld", upheld);
        v.put(p + "corrected", corrected);
        v.put(p + "other", other);
        v.put(p + "pending", pending);
        v.put(p + "total", upheld + corrected + other + pending);
    }
}
