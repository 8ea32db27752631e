package org.gioreport.engine.internal.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.gioreport.engine.UnreadableInput;
import org.junit.jupiter.api.Test;

/** An HTML, XML or Word document is read by its own parser or not at all; a page's fragment is HTML too. */
class MarkupIsNeverTextTest {

    private final DocumentReader reader = new DocumentReader(100_000_000L);

    private static Metadata parsedBy(String parser) {
        Metadata metadata = new Metadata();
        metadata.add(TikaCoreProperties.TIKA_PARSED_BY, "org.apache.tika.parser.DefaultParser");
        metadata.add(TikaCoreProperties.TIKA_PARSED_BY, parser);
        return metadata;
    }

    @Test
    void anHtmlPageTikaReadWithItsTextParserFailsNamingTheMissingParser() {
        UnreadableInput failure = assertThrows(UnreadableInput.class, () -> ParserPresence.check("text/html",
                parsedBy("org.apache.tika.parser.csv.TextAndCSVParser")));

        assertEquals("PARSER_MISSING", failure.code());
        assertTrue(failure.getMessage().contains("org.apache.tika.parser.html.JSoupParser"), failure.getMessage());
        assertTrue(!failure.unrecognized());
    }

    @Test
    void aWordFileReadByNoParserFailsToo() {
        UnreadableInput failure = assertThrows(UnreadableInput.class, () -> ParserPresence.check(
                "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                parsedBy("org.apache.tika.parser.EmptyParser")));

        assertTrue(failure.getMessage().contains("OOXMLParser"), failure.getMessage());
    }

    @Test
    void documentsReadByTheirOwnParserAndCsvReadAsTextPass() throws UnreadableInput {
        ParserPresence.check("text/html", parsedBy("org.apache.tika.parser.html.JSoupParser"));
        ParserPresence.check("application/pdf", parsedBy("org.apache.tika.parser.pdf.PDFParser"));
        ParserPresence.check("text/csv", parsedBy("org.apache.tika.parser.csv.TextAndCSVParser"));
    }

    @Test
    void anHtmlPageOnThisClassPathIsReadByItsParserIntoTextWithoutTags() throws Exception {
        Path page = corpus().resolve("html/syn01.html");
        byte[] bytes = Files.readAllBytes(page);

        var document = reader.read(page, bytes, reader.detect(page, bytes));

        assertTrue(document.text().contains("清河县白石镇人民政府"));
        assertTrue(!document.text().contains("<td") && !document.text().contains("font-size"), document.text());
    }

    @Test
    void aCmsExportWithoutHtmlOrBodyIsHtmlWhateverItsName() throws Exception {
        for (String name : new String[] {"syn02.txt", "syn03.htm", "syn04", "syn05.txt"}) {
            Path fragment = corpus().resolve("html-fragments").resolve(name);

            assertEquals("text/html", reader.detect(fragment, Files.readAllBytes(fragment)), name);
        }
        Path page = corpus().resolve("html/syn01.html");
        assertEquals("text/html", reader.detect(Path.of("page.txt"), Files.readAllBytes(page)), "a page saved as text");
        Path table = Path.of("table.txt");
        assertEquals("text/html", reader.detect(table,
                "<table border=\"1\"><tr><td>规章</td><td>0</td></tr></table>".getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void textThatOnlyMentionsAnAngleBracketStaysText() {
        Path text = Path.of("notes");
        assertEquals("text/plain", reader.detect(text,
                "<2019年度报告>\n规章 0 0 2\n".getBytes(StandardCharsets.UTF_8)));
    }

    private static Path corpus() {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            if (Files.isDirectory(dir.resolve("formats/corpus/files"))) {
                return dir.resolve("formats/corpus/files");
            }
        }
        throw new IllegalStateException("no formats/corpus/files above " + Path.of("").toAbsolutePath());
    }
}
