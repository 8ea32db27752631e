package org.gioreport.ocr;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Several uncertain cells in the same rules (two lone 1s in one column that must add up to 总计) can be proven
 * together where no one of them can be alone: each group of uncertain cells linked by shared rules, every other
 * operand of those rules read with confidence. Only when those rules determine every cell of the group (as many
 * independent equations as cells: two cells in one sum are not determined, whatever fits) and exactly one
 * combination of the cells' readings satisfies every rule touching the group are its values proven. Any doubt (a
 * cell with no reading, an uncertain operand outside the group, a large group, two combinations that fit) proves
 * nothing.
 */
final class JointReadings {

    /** Groups larger than this are not tried: the more cells, the likelier a wrong combination fits by chance. */
    static final int MAX_GROUP = 4;

    private JointReadings() {
    }

    /** A cell's proven value and the uncertain cells it was proven with. */
    record Proven(long value, List<String> group) {
    }

    /** The value proven for each uncertain cell that belongs to a group with exactly one fitting combination. */
    static Map<String, Proven> proven(Set<String> uncertain, Map<String, OcrCell> read, List<ArithmeticRules.Rule> rules,
                                    Map<String, Number> certain) {
        Map<String, Proven> proven = new LinkedHashMap<>();
        Set<String> seen = new LinkedHashSet<>();
        for (String start : uncertain) {
            if (!seen.add(start)) {
                continue;
            }
            List<String> group = new ArrayList<>(List.of(start));
            for (int i = 0; i < group.size(); i++) {
                for (ArithmeticRules.Rule rule : rules) {
                    if (rule.terms().containsKey(group.get(i))) {
                        for (String other : rule.terms().keySet()) {
                            if (uncertain.contains(other) && seen.add(other)) {
                                group.add(other);
                            }
                        }
                    }
                }
            }
            if (group.size() >= 2 && group.size() <= MAX_GROUP) {
                List<String> cells = List.copyOf(group);
                solve(group, read, rules, certain).forEach((path, value) -> proven.put(path, new Proven(value, cells)));
            }
        }
        return proven;
    }

    private static Map<String, Long> solve(List<String> group, Map<String, OcrCell> read,
                                           List<ArithmeticRules.Rule> rules, Map<String, Number> certain) {
        List<List<Long>> candidates = new ArrayList<>();
        for (String path : group) {
            List<Long> values = new ArrayList<>();
            for (String reading : read.get(path).readings()) {
                if (reading.matches("[0-9]{1,9}") && !values.contains(Long.parseLong(reading))) {
                    values.add(Long.parseLong(reading));
                }
            }
            if (values.isEmpty()) {
                return Map.of();
            }
            candidates.add(values);
        }
        List<ArithmeticRules.Rule> touching = new ArrayList<>();
        for (ArithmeticRules.Rule rule : rules) {
            if (group.stream().anyMatch(rule.terms()::containsKey)) {
                for (String operand : rule.terms().keySet()) {
                    if (!group.contains(operand) && certain.get(operand) == null) {
                        return Map.of(); // an operand neither certain nor in the group: nothing can be proven
                    }
                }
                touching.add(rule);
            }
        }
        if (rank(touching, group) < group.size()) {
            return Map.of(); // the rules fix only some sum of these cells, not each: readings that fit prove nothing
        }
        Map<String, Long> found = null;
        int[] choice = new int[group.size()];
        while (true) {
            Map<String, Number> values = new LinkedHashMap<>(certain);
            Map<String, Long> combination = new LinkedHashMap<>();
            for (int i = 0; i < group.size(); i++) {
                combination.put(group.get(i), candidates.get(i).get(choice[i]));
            }
            values.putAll(combination);
            boolean fits = true;
            for (ArithmeticRules.Rule rule : touching) {
                Long residual = rule.residual(values);
                if (residual == null || residual != 0) {
                    fits = false;
                    break;
                }
            }
            if (fits) {
                if (found != null) {
                    return Map.of(); // two combinations fit: neither is proven
                }
                found = combination;
            }
            int i = 0;
            while (i < choice.length && ++choice[i] == candidates.get(i).size()) {
                choice[i++] = 0;
            }
            if (i == choice.length) {
                break;
            }
        }
        return found == null ? Map.of() : found;
    }

    /**
     * The rank of the rules' coefficients over the group's cells (Gaussian elimination; the coefficients are small
     * integers and the matrix a few cells wide, so doubles are exact enough): the rules determine every cell of the
     * group only when it equals the group's size.
     */
    static int rank(List<ArithmeticRules.Rule> rules, List<String> group) {
        double[][] m = new double[rules.size()][group.size()];
        for (int r = 0; r < rules.size(); r++) {
            for (int c = 0; c < group.size(); c++) {
                Integer coefficient = rules.get(r).terms().get(group.get(c));
                m[r][c] = coefficient == null ? 0 : coefficient;
            }
        }
        int rank = 0;
        for (int c = 0; c < group.size() && rank < m.length; c++) {
            int pivot = -1;
            for (int r = rank; r < m.length; r++) {
                if (Math.abs(m[r][c]) > 1e-9 && (pivot < 0 || Math.abs(m[r][c]) > Math.abs(m[pivot][c]))) {
                    pivot = r;
                }
            }
            if (pivot < 0) {
                continue;
            }
            double[] swap = m[pivot];
            m[pivot] = m[rank];
            m[rank] = swap;
            for (int r = 0; r < m.length; r++) {
                if (r != rank && Math.abs(m[r][c]) > 1e-9) {
                    double f = m[r][c] / m[rank][c];
                    for (int k = c; k < group.size(); k++) {
                        m[r][k] -= f * m[rank][k];
                    }
                }
            }
            rank++;
        }
        return rank;
    }
}
