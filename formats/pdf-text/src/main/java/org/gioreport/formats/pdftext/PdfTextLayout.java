package org.gioreport.formats.pdftext;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.gioreport.template.ReportText;
import org.gioreport.template.TableRegion;
import org.gioreport.template.TextLayoutPlugin;
import org.gioreport.template.Token;
import org.gioreport.spi.FitScore;

/**
 * Tables as PDF text extraction leaves them: a table row on one line, its cells separated by tabs or
 * spaces, long labels broken into pieces and over several lines, vertical headers as stray characters.
 * Every piece between white space is a cell; a line with numbers ends its row.
 */
public final class PdfTextLayout extends TextLayoutPlugin {

    private static final Pattern SPACES = Pattern.compile("[\\s\u3000\u00a0]+");

    @Override
    public String id() {
        return "pdf-text";
    }


    @Override
    public int spiVersion() {
        return SPI_VERSION;
    }

    @Override
    protected FitScore fitLayout(ReportText text) {
        TableRegion region = text.tableRegion();
        int several = severalToALine(region);
        if (several == 0) {
            return FitScore.no("no line holds several numbers");
        }
        return FitScore.of(0.9 * region.share(several), region.describe(several, "stand several to a line"));
    }

    /**
     * The numbers that stand two or more to a line: a table row as PDF text extraction leaves it. Lines drawn as
     * a table frame ({@link TableRegion.Line#framedByRules}) are left out: their cells lie between rules, which
     * plugins that read rules fit. Counted, they would make this plugin compete for framed tables with those
     * plugins, and selection decides by score alone, not yet by comparing what two plugins read (four corpus
     * records turned AMBIGUOUS_FORMAT or NOT_A_REPORT when this plugin counted Markdown rows). The general signal
     * keeps this plugin from knowing which markup, or which other plugin, a framed line belongs to.
     */
    static int severalToALine(TableRegion region) {
        int several = 0;
        for (TableRegion.Line line : region.lines()) {
            if (line.framedByRules()) {
                continue;
            }
            if (line.numbers() >= 2) {
                several += line.numbers();
            }
        }
        return several;
    }

    @Override
    protected List<Token> cells(List<String> lines) {
        List<Token> tokens = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            int values = 0;
            for (String piece : SPACES.split(lines.get(i))) {
                if (piece.isEmpty()) {
                    continue;
                }
                Token t = Token.of(piece, i + 1);
                tokens.add(t);
                values += t.isValueCell() ? 1 : 0;
            }
            // Several numbers on a line are one row; the next line starts another, even without a label.
            if (values >= 2) {
                tokens.add(Token.rowBreak(i + 1));
            }
        }
        return tokens;
    }
}
