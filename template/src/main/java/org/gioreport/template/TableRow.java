package org.gioreport.template;

import java.util.List;

/**
 * A flattened table row: the label text gathered since the previous row (header text and broken label
 * pieces included) and the value cells that follow it.
 *
 * @param labelLines the label's pieces grouped by the text line they stood on, in order: a label that PDF text
 *                   wrapped around the previous row's numbers starts with that row's last words on a line of
 *                   their own (see {@link LabelSegments})
 * @param lastLabelLine the line of the label's last piece (-1 when the row has no label)
 */
record TableRow(String label, List<Token> values, int firstLine, String normalizedLabel, List<String> labelLines,
        int lastLabelLine) {

    /** @param label the label text; its normalized form (for keyword matching) is computed once, here */
    public TableRow(String label, List<Token> values, int firstLine) {
        this(label, values, firstLine, List.of(label), -1);
    }

    public TableRow(String label, List<Token> values, int firstLine, List<String> labelLines, int lastLabelLine) {
        this(label, values, firstLine, TemplateLabels.normalize(label), List.copyOf(labelLines), lastLabelLine);
    }

    /** True when the label's last piece stands on the line of the row's first value (one printed row). */
    boolean labelOnValueLine() {
        return !values.isEmpty() && lastLabelLine == values.get(0).line();
    }

    /** How many value cells the row has, not counting blank cells after the last filled one. */
    public int filledValueCount() {
        int n = values.size();
        while (n > 0 && values.get(n - 1).kind() == Token.Kind.BLANK) {
            n--;
        }
        return n;
    }

    public long numberCount() {
        return values.stream().filter(t -> t.kind() == Token.Kind.NUMBER).count();
    }
}
