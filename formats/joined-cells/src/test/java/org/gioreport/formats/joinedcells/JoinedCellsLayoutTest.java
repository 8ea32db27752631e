package org.gioreport.formats.joinedcells;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.gioreport.core.testing.FixtureRunner;
import org.gioreport.core.testing.PluginGuide;
import org.gioreport.spi.FitScore;
import org.gioreport.spi.SourceDocument;
import org.gioreport.template.TextLayoutPlugin;
import org.junit.jupiter.api.Test;

class JoinedCellsLayoutTest {

    private static final Path CORPUS = Path.of("../corpus/files");
    private final JoinedCellsLayout plugin = new JoinedCellsLayout();

    @Test
    void generatedRowsOfJoinedCellsAreSplitExactlyWhereTheArithmeticProvesItAndNullElsewhere() throws Exception {
        FixtureRunner.score(plugin, CORPUS.resolve("joined-cells"), null).assertAllCorrect(12, 2478);
    }

    @Test
    void generatedTablesOnOneLineAreSplitExactlyWhereTheArithmeticProvesItAndNullElsewhere() throws Exception {
        FixtureRunner.score(plugin, CORPUS.resolve("joined-cells-table"), null).assertAllCorrect(12, 2478);
    }

    @Test
    void commaSeparatedRowsAreNotJoinedCells() throws Exception {
        String csv = PluginGuide.inRepository().sample("report.csv"); // the plugin guide's csv-rows example

        FitScore score = plugin.fit(SourceDocument.ofText("report.csv", csv));

        assertFalse(score.fits(), score.toString());
    }

    @Test
    void anHtmlPagesRawMarkupIsNotJoinedCells() throws Exception {
        for (String page : List.of("html/syn01.html", "html/syn03.html", "html-fragments/syn05.txt")) {
            String source = Files.readString(CORPUS.resolve(page));

            FitScore score = plugin.fit(SourceDocument.ofText("page.txt", source));

            assertFalse(score.fits(), page + ": " + score);
            assertEquals(TextLayoutPlugin.NOT_TEXT_BUT_MARKUP, score.reason(), page);
        }
    }
}
