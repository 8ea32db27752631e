package org.gioreport.template;

import java.util.List;
import org.gioreport.spi.Extraction;
import org.gioreport.spi.FitScore;
import org.gioreport.spi.FormatPlugin;
import org.gioreport.spi.SourceDocument;

/**
 * A plugin for a flattened-text layout: it only says how its layout splits into cells and how well a
 * document's numbers sit its way; the report check and the reading are shared. A subclass still implements
 * {@link #spiVersion()} itself, so that the SPI version it was compiled against is its own.
 */
public abstract class TextLayoutPlugin implements FormatPlugin {

    @Override
    public final FitScore fit(SourceDocument document) {
        if (!TextReportReader.looksLikeReport(document.text())) {
            return FitScore.no("not an annual disclosure report (no template table words)");
        }
        return fitLayout(LayoutSignals.of(document));
    }

    @Override
    public final Extraction normalize(SourceDocument document) {
        return TextReportReader.read(document, cells(document.lines()));
    }

    /** The score for a document that is a report, from how its table's numbers sit on their lines. */
    protected abstract FitScore fitLayout(LayoutSignals signals);

    /** The document's lines as classified cells, with row breaks where the layout marks them. */
    protected abstract List<Token> cells(List<String> lines);
}
