package org.gioreport.formats.webpage;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.gioreport.template.ReportText;
import org.gioreport.template.TableRegion;
import org.gioreport.template.SiteChrome;
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

    /** Site chrome: what a web site prints around a report's text, before it and after it. */
    private static final List<String> CHROME = Stream.concat(
            Stream.of("字号", "来源：", "来源:", "浏览次数", "时间:", "发布时间"),
            SiteChrome.AFTER_TEXT.stream()).toList();

    @Override
    public String id() {
        return "web-page";
    }


    @Override
    public int spiVersion() {
        return SPI_VERSION;
    }

    @Override
    protected FitScore fitLayout(ReportText text) {
        TableRegion region = text.tableRegion();
        int alone = aloneOnALine(region);
        if (alone == 0) {
            return FitScore.no("no number stands alone on a line");
        }
        boolean siteChrome = hasSiteChrome(text.lines());
        double chrome = siteChrome ? 0.05 : 0;
        return FitScore.of(0.85 * region.share(alone) + chrome, region.describe(alone, "stand alone on a line")
                + (siteChrome ? "; web page chrome present" : ""));
    }

    /** A page 1 of a report split over several pages, or a page stored before its tables: plain lines of text. */
    @Override
    protected FitScore fitCutBeforeItsNumbers(ReportText text) {
        return FitScore.of(0.3, "the beginning of a report that stops before any number of its tables (its title"
                + " and text only); read as plain lines");
    }

    /** The numbers that are a whole line, not after a tab (that is a cell dump's). */
    static int aloneOnALine(TableRegion region) {
        int n = 0;
        for (TableRegion.Line line : region.lines()) {
            if (line.numbers() == 1 && line.cells() == 1 && !line.text().startsWith("\t")) {
                n++;
            }
        }
        return n;
    }

    static boolean hasSiteChrome(List<String> lines) {
        for (String line : lines) {
            String t = TemplateLabels.trim(line);
            if (CHROME.stream().anyMatch(t::startsWith)) {
                return true;
            }
        }
        return false;
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
