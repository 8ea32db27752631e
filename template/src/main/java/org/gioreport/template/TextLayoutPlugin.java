package org.gioreport.template;

import java.util.List;
import org.gioreport.spi.Extraction;
import org.gioreport.spi.FitScore;
import org.gioreport.spi.LayoutPlugin;
import org.gioreport.spi.SourceDocument;

/**
 * A plugin for a flattened-text layout: it only says how its layout splits into cells and how well a
 * document's numbers sit its way; the report check and the reading are shared. The document's
 * {@link ReportText} is worked out afresh in each call: plugins keep no state between documents. A subclass still implements
 * {@link #spiVersion()} itself, so that the SPI version it was compiled against is its own.
 */
public abstract class TextLayoutPlugin implements LayoutPlugin {

    /** Why no text layout fits raw markup. */
    public static final String NOT_TEXT_BUT_MARKUP = "the text is raw markup (tags or style declarations on many of"
            + " its lines), not a report's text: markup is read by its parser or not at all";

    @Override
    public final FitScore fit(SourceDocument document) {
        ReportText text = ReportText.of(document);
        if (text.isMarkup()) {
            return FitScore.no(NOT_TEXT_BUT_MARKUP);
        }
        if (text.isCutBeforeItsNumbers()) {
            return fitCutBeforeItsNumbers(text);
        }
        if (!text.looksLikeReport()) {
            return FitScore.no("not an annual disclosure report (no template table words)");
        }
        return fitLayout(text);
    }

    /**
     * The score for a report's beginning cut off before any number of its tables ({@link
     * ReportText#isCutBeforeItsNumbers()}): no layout shows in it, so by default a layout does not claim it; the
     * plainest one (one cell per line) does, and reads its title, year and text.
     */
    protected FitScore fitCutBeforeItsNumbers(ReportText text) {
        return FitScore.no("the text stops before any number of its tables: no layout to recognise");
    }

    @Override
    public final Extraction normalize(SourceDocument document) {
        ReportText text = ReportText.of(document);
        return TextReportReader.read(text, cells(text.lines()));
    }

    /**
     * The score for a document that is a report, usually from how the numbers of its
     * {@link ReportText#tableRegion() table region} sit on their lines.
     */
    protected abstract FitScore fitLayout(ReportText text);

    /** The document's lines as classified cells, with row breaks where the layout marks them. */
    protected abstract List<Token> cells(List<String> lines);
}
