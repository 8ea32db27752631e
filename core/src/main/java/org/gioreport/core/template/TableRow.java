package org.gioreport.core.template;

import java.util.List;

/**
 * A flattened table row: the label text gathered since the previous row (header text and broken label
 * pieces included) and the value cells that follow it.
 */
public record TableRow(String label, List<Token> values, int firstLine) {

    /** The label with white space removed and punctuation unified, for keyword matching. */
    public String normalizedLabel() {
        return TemplateLabels.normalize(label);
    }

    public long numberCount() {
        return values.stream().filter(t -> t.kind() == Token.Kind.NUMBER).count();
    }
}
