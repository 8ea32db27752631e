package org.gioreport.template;

import java.util.List;

/**
 * A flattened table row: the label text gathered since the previous row (header text and broken label
 * pieces included) and the value cells that follow it.
 */
record TableRow(String label, List<Token> values, int firstLine, String normalizedLabel) {

    /** @param label the label text; its normalized form (for keyword matching) is computed once, here */
    public TableRow(String label, List<Token> values, int firstLine) {
        this(label, values, firstLine, TemplateLabels.normalize(label));
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
