package org.gioreport.template;

import java.util.ArrayList;
import java.util.List;
import org.gioreport.spi.Extraction;
import org.gioreport.spi.SourceDocument;

/** The simplest text layout for reader tests: one cell per white-space piece, a row break after a line of values. */
final class SpaceSeparatedText {

    private SpaceSeparatedText() {
    }

    /** Reads {@code text} with the shared reader, a row break after each line of two or more value cells. */
    static Extraction read(String text) {
        SourceDocument doc = SourceDocument.ofText("t.txt", text);
        List<Token> tokens = new ArrayList<>();
        List<String> lines = doc.lines();
        for (int i = 0; i < lines.size(); i++) {
            int values = 0;
            for (String piece : lines.get(i).trim().split("\\s+")) {
                if (!piece.isEmpty()) {
                    Token t = Token.of(piece, i + 1);
                    tokens.add(t);
                    values += t.isValueCell() ? 1 : 0;
                }
            }
            if (values >= 2) {
                tokens.add(Token.rowBreak(i + 1));
            }
        }
        return TextReportReader.read(doc, tokens);
    }
}
