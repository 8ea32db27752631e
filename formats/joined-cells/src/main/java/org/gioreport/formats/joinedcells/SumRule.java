package org.gioreport.formats.joinedcells;

import java.util.List;
import java.util.stream.IntStream;

/**
 * One of the template's row-local rules: the cell in column {@code total} is the sum of the cells in
 * {@code parts} (which all come before it). Columns are 0-based places in a run's split.
 */
record SumRule(List<Integer> parts, int total) {

    SumRule {
        parts = List.copyOf(parts);
        if (parts.stream().anyMatch(p -> p >= total)) {
            throw new IllegalArgumentException("a total must follow its parts: " + parts + " -> " + total);
        }
    }

    /** The columns {@code from}..{@code from+count-1} add up to the column right after them. */
    static SumRule consecutive(int from, int count) {
        return new SumRule(IntStream.range(from, from + count).boxed().toList(), from + count);
    }
}
