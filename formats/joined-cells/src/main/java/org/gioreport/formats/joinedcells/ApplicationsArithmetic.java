package org.gioreport.formats.joinedcells;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.gioreport.core.model.ReportFields;

/**
 * Table 三's rules across rows, used to choose among a row's possible splits: per column, 第一项加第二项之和
 * 等于第三项加第四项之和 (本年新收 + 上年结转 = 总计 + 结转下年度) and the outcome rows add up to （七）总计.
 * A rule is used only when every row it names was found with at least one possible split. A row keeps a
 * split when some choice of splits for all rows makes every usable rule hold; when exactly one of its splits
 * does, that split is proven. When no choice makes the rules hold (the report's own arithmetic is off),
 * nothing is chosen.
 */
final class ApplicationsArithmetic {

    /** More combinations than this are not tried: the rows concerned stay undecided. */
    static final int MAX_COMBINATIONS = 200_000;

    private static final int COLUMNS = 7;

    private ApplicationsArithmetic() {
    }

    /**
     * @param candidates row name (below {@code applications.}) → its possible splits as numbers, 7 each
     * @param edition    the template edition, or null when unknown (then only the balance rule is used)
     * @return for each row with several splits that the rules narrow to one, the index of that split
     */
    static Map<String, Integer> choose(Map<String, List<long[]>> candidates, String edition) {
        List<Rule> rules = usableRules(candidates, edition);
        List<String> open = new ArrayList<>();
        for (Rule rule : rules) {
            for (String row : rule.rows()) {
                if (candidates.get(row).size() > 1 && !open.contains(row)) {
                    open.add(row);
                }
            }
        }
        if (open.isEmpty()) {
            return Map.of();
        }
        long combinations = 1;
        for (String row : open) {
            combinations *= candidates.get(row).size();
            if (combinations > MAX_COMBINATIONS) {
                return Map.of();
            }
        }
        Map<String, Set<Integer>> used = new HashMap<>();
        int[] pick = new int[open.size()];
        for (long n = 0; n < combinations; n++) {
            long rest = n;
            for (int i = 0; i < open.size(); i++) {
                int size = candidates.get(open.get(i)).size();
                pick[i] = (int) (rest % size);
                rest /= size;
            }
            if (holds(rules, candidates, open, pick)) {
                for (int i = 0; i < open.size(); i++) {
                    used.computeIfAbsent(open.get(i), k -> new HashSet<>()).add(pick[i]);
                }
            }
        }
        Map<String, Integer> chosen = new HashMap<>();
        used.forEach((row, picks) -> {
            if (picks.size() == 1) {
                chosen.put(row, picks.iterator().next());
            }
        });
        return chosen;
    }

    /** A rule per column: the rows on the left add up to the rows on the right. */
    private record Rule(List<String> left, List<String> right) {

        List<String> rows() {
            List<String> all = new ArrayList<>(left);
            all.addAll(right);
            return all;
        }
    }

    private static List<Rule> usableRules(Map<String, List<long[]>> candidates, String edition) {
        List<Rule> rules = new ArrayList<>();
        Rule balance = new Rule(List.of("newlyReceived", "carriedOver"), List.of("totalHandled", "carriedForward"));
        if (balance.rows().stream().allMatch(r -> has(candidates, r))) {
            rules.add(balance);
        }
        List<String> outcomes = outcomeRows(candidates, edition);
        if (outcomes != null && has(candidates, "totalHandled") && outcomes.stream().allMatch(r -> has(candidates, r))) {
            rules.add(new Rule(List.of("totalHandled"), outcomes));
        }
        return rules;
    }

    /** The rows that add up to 总计: 2021 counts 其他处理 by its three detail rows when they are printed. */
    private static List<String> outcomeRows(Map<String, List<long[]>> candidates, String edition) {
        if (edition == null) {
            return null;
        }
        List<String> rows = new ArrayList<>(ReportFields.applicationRows(edition));
        rows.removeAll(List.of("newlyReceived", "carriedOver", "totalHandled", "carriedForward"));
        if (ReportFields.EDITION_2021.equals(edition)) {
            boolean details = ReportFields.OTHER_HANDLING_DETAIL.stream().anyMatch(r -> has(candidates, r));
            if (details) {
                rows.remove("otherHandling");
            } else {
                rows.removeAll(ReportFields.OTHER_HANDLING_DETAIL);
            }
        }
        return rows;
    }

    private static boolean has(Map<String, List<long[]>> candidates, String row) {
        return candidates.containsKey(row) && !candidates.get(row).isEmpty();
    }

    private static boolean holds(List<Rule> rules, Map<String, List<long[]>> candidates, List<String> open,
            int[] pick) {
        for (Rule rule : rules) {
            for (int c = 0; c < COLUMNS; c++) {
                long left = 0;
                long right = 0;
                for (String row : rule.left()) {
                    left += value(row, c, candidates, open, pick);
                }
                for (String row : rule.right()) {
                    right += value(row, c, candidates, open, pick);
                }
                if (left != right) {
                    return false;
                }
            }
        }
        return true;
    }

    private static long value(String row, int column, Map<String, List<long[]>> candidates, List<String> open,
            int[] pick) {
        int i = open.indexOf(row);
        return candidates.get(row).get(i < 0 ? 0 : pick[i])[column];
    }
}
