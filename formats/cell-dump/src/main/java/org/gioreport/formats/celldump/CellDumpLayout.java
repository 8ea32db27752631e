package org.gioreport.formats.celldump;

import java.util.ArrayList;
import java.util.List;
import org.gioreport.template.ReportText;
import org.gioreport.template.TableRegion;
import org.gioreport.template.TemplateLabels;
import org.gioreport.template.TextLayoutPlugin;
import org.gioreport.template.Token;
import org.gioreport.spi.FitScore;

/**
 * Word or HTML tables flattened to text: one cell per line, each prefixed by a tab, an empty line after
 * each table row. A line holding only the tab is an empty cell, and keeps its column's place.
 */
public final class CellDumpLayout extends TextLayoutPlugin {

    @Override
    public String id() {
        return "cell-dump";
    }


    @Override
    public int spiVersion() {
        return SPI_VERSION;
    }

    @Override
    protected FitScore fitLayout(ReportText text) {
        TableRegion region = text.tableRegion();
        int afterTab = aloneAfterTab(region);
        if (afterTab == 0) {
            return FitScore.no("no number stands alone on a tab-prefixed line");
        }
        return FitScore.of(0.9 * region.share(afterTab), region.describe(afterTab, "stand alone on tab-prefixed lines"));
    }

    /** The numbers that are a whole line after its tab: a table cell as this layout writes it. */
    static int aloneAfterTab(TableRegion region) {
        int n = 0;
        for (TableRegion.Line line : region.lines()) {
            if (line.numbers() == 1 && line.cells() == 1 && line.text().startsWith("\t")) {
                n++;
            }
        }
        return n;
    }

    @Override
    protected List<Token> cells(List<String> lines) {
        List<Token> tokens = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.isEmpty()) {
                tokens.add(Token.rowBreak(i + 1));
            } else if (TemplateLabels.trim(line).isEmpty()) {
                tokens.add(Token.of("", i + 1)); // a cell with nothing in it
            } else {
                tokens.add(Token.of(line, i + 1));
            }
        }
        return tokens;
    }
}
