package org.gioreport.formats.joinedcells;

import java.util.List;
import java.util.Set;

/** A piece of a line of joined text: label text, or a run of joined cells. */
sealed interface Segment permits Segment.Label, Segment.Run {

    /** 1-based line of the text. */
    int line();

    /** Text between two runs: a row label, headers, headings. */
    record Label(String text, int line) implements Segment {
    }

    /**
     * A run of joined cells as written ("3520000037", "12-3450", "5866.1万元").
     *
     * @param text    the run's characters without white space and without its unit
     * @param breaks  places in {@code text} where white space separated two cells
     * @param unit    万元 or 元 written right after the run, or null
     * @param offsets for each character of {@code text}, its 0-based place in the trimmed line; then the place
     *                just past the run's end (its unit included)
     * @param adjoins whether the run touches the label before it (no white space between): the layout's mark
     */
    record Run(String text, Set<Integer> breaks, String unit, List<Integer> offsets, int line, boolean adjoins)
            implements Segment {

        /** "line 5, characters 12-13": where the run's characters {@code from}..{@code to-1} stand. */
        String where(int from, int to, boolean withUnit) {
            int first = offsets.get(from) + 1;
            int last = withUnit && to == text.length() && unit != null ? offsets.get(text.length())
                    : offsets.get(to - 1) + 1;
            return "line " + line + ", characters " + first + "-" + last;
        }

        /** The run as printed, for messages. */
        String printed() {
            return text + (unit == null ? "" : unit);
        }
    }
}
