package org.gioreport.ocr;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.gioreport.core.model.ReportFields;

/**
 * The template's own arithmetic (CANONICAL.md rules 1–4) as linear equations over field paths, each
 * {@code Σ coefficient × value = 0}: row totals, 第一项加第二项之和等于第三项加第四项之和, the outcome rows adding up
 * to 总计, and the review groups' totals. In 2021 the 其他处理 row is the sum of its detail rows, so the details stand
 * in the outcome sum.
 */
final class ArithmeticRules {

    static final List<String> COLUMNS = List.of("naturalPerson", "business", "research", "publicWelfare",
            "legalService", "other");
    private static final List<String> OUTCOMES = List.of("upheld", "corrected", "other", "pending");
    private static final List<String> NOT_OUTCOMES = List.of("newlyReceived", "carriedOver", "totalHandled",
            "carriedForward");

    /** One equation: its terms and a name saying which rule it is. */
    record Rule(String name, Map<String, Integer> terms) {

        /** The sum over the terms with these values; null when some operand is unknown. */
        Long residual(Map<String, ? extends Number> values) {
            long sum = 0;
            for (Map.Entry<String, Integer> t : terms.entrySet()) {
                Number v = values.get(t.getKey());
                if (v == null) {
                    return null;
                }
                sum += t.getValue() * v.longValue();
            }
            return sum;
        }
    }

    private ArithmeticRules() {
    }

    static List<Rule> of(String edition) {
        List<Rule> rules = new ArrayList<>();
        List<String> rows = ReportFields.applicationRows(edition);
        boolean details = rows.stream().anyMatch(r -> r.startsWith("otherHandlingDetail."));
        for (String row : rows) {
            Map<String, Integer> terms = new LinkedHashMap<>();
            terms.put("applications." + row + ".total", 1);
            COLUMNS.forEach(c -> terms.put("applications." + row + "." + c, -1));
            rules.add(new Rule("row total of applications." + row, terms));
        }
        List<String> columns = new ArrayList<>(COLUMNS);
        columns.add("total");
        for (String c : columns) {
            Map<String, Integer> balance = new LinkedHashMap<>();
            balance.put("applications.newlyReceived." + c, 1);
            balance.put("applications.carriedOver." + c, 1);
            balance.put("applications.totalHandled." + c, -1);
            balance.put("applications.carriedForward." + c, -1);
            rules.add(new Rule("第一项加第二项之和等于第三项加第四项之和 (" + c + ")", balance));
            Map<String, Integer> outcomes = new LinkedHashMap<>();
            outcomes.put("applications.totalHandled." + c, 1);
            for (String row : rows) {
                if (NOT_OUTCOMES.contains(row) || details && row.equals("otherHandling")) {
                    continue;
                }
                outcomes.put("applications." + row + "." + c, -1);
            }
            rules.add(new Rule("outcome rows add up to 总计 (" + c + ")", outcomes));
        }
        for (String group : ReportFields.REVIEW_GROUPS) {
            Map<String, Integer> terms = new LinkedHashMap<>();
            terms.put("reviewsAndLawsuits." + group + ".total", 1);
            OUTCOMES.forEach(o -> terms.put("reviewsAndLawsuits." + group + "." + o, -1));
            rules.add(new Rule("group total of reviewsAndLawsuits." + group, terms));
        }
        return rules;
    }
}
