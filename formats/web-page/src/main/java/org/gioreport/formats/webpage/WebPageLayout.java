package org.gioreport.formats.webpage;

import java.util.ArrayList;
import java.util.List;
import org.gioreport.template.LayoutSignals;
import org.gioreport.template.TemplateLabels;
import org.gioreport.template.TextLayoutPlugin;
import org.gioreport.template.Token;
import org.gioreport.spi.FitScore;

/**
 * Text copied from a report's web page (and plain pdftotext output, which looks the same): one cell per
 * line, indented or not, blank lines between cells, site chrome (时间:, 附件下载, 扫一扫…) around. Blank
 * lines carry no meaning here, so rows are told apart by their labels alone.
 */
public final class WebPageLayout extends TextLayoutPlugin {

    @Override
    public String id() {
        return "web-page";
    }

    @Override
    public String version() {
        return "1.0";
    }

    @Override
    public int spiVersion() {
        return SPI_VERSION;
    }

    @Override
    protected FitScore fitLayout(LayoutSignals signals) {
        double share = signals.shareAloneWithoutTab();
        if (share == 0) {
            return FitScore.no("no number stands alone on a line");
        }
        double chrome = signals.siteChrome() ? 0.05 : 0;
        return FitScore.of(0.85 * share + chrome, signals.describe(signals.aloneWithoutTab(), "stand alone on a line")
                + (signals.siteChrome() ? "; web page chrome present" : ""));
    }

    @Override
    protected List<Token> cells(List<String> lines) {
        List<Token> tokens = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String cell = TemplateLabels.trim(lines.get(i));
            if (!cell.isEmpty()) {
                tokens.add(Token.of(cell, i + 1));
            }
        }
        return tokens;
    }
}
