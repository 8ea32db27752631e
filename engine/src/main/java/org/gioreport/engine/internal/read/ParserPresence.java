package org.gioreport.engine.internal.read;

import java.util.List;
import java.util.Map;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.gioreport.engine.UnreadableInput;
import org.gioreport.engine.internal.plugins.ThrowableText;

/**
 * Markup is never text: when the parser of a document's type is missing from the class path (it failed to load,
 * e.g. Tika's HTML parser without jsoup), Tika quietly falls back to its text parser and hands on the raw markup,
 * whose style widths and attribute digits a text layout would read as table cells (issue 19). A document of a
 * type we parse is read by that type's own parser, or not at all.
 */
final class ParserPresence {

    /** Tika's parsers that take any bytes: text, CSV, nothing. Reading markup or a Word file with them is wrong. */
    private static final List<String> FALLBACKS = List.of("org.apache.tika.parser.csv.TextAndCSVParser",
            "org.apache.tika.parser.txt.TXTParser", "org.apache.tika.parser.EmptyParser");

    /** The parser each type we read must be read by: what Tika's modules on our class path provide. */
    private static final Map<String, String> OWN_PARSER = Map.of(
            "text/html", "org.apache.tika.parser.html.JSoupParser",
            "application/xhtml+xml", "org.apache.tika.parser.html.JSoupParser",
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
            "org.apache.tika.parser.microsoft.ooxml.OOXMLParser",
            "application/msword", "org.apache.tika.parser.microsoft.OfficeParser",
            "application/x-tika-msoffice", "org.apache.tika.parser.microsoft.OfficeParser",
            "application/x-tika-ooxml", "org.apache.tika.parser.microsoft.ooxml.OOXMLParser",
            "application/pdf", "org.apache.tika.parser.pdf.PDFParser");

    private ParserPresence() {
    }

    /** Fails with {@code PARSER_MISSING} when a markup or office document was read by a fallback parser. */
    static void check(String mediaType, Metadata metadata) throws UnreadableInput {
        String[] parsedBy = metadata.getValues(TikaCoreProperties.TIKA_PARSED_BY);
        String last = parsedBy.length == 0 ? null : parsedBy[parsedBy.length - 1];
        boolean markup = OWN_PARSER.containsKey(mediaType) || mediaType.contains("xml") || mediaType.contains("html");
        if (!markup || last != null && !FALLBACKS.contains(last)) {
            return;
        }
        String own = OWN_PARSER.get(mediaType);
        String parser = own == null ? "no Tika parser for " + mediaType : "Tika's parser " + own;
        throw new UnreadableInput("PARSER_MISSING", "the " + mediaType + " document was not read: " + parser
                + " is not available on the class path (" + whyNotLoaded(own) + "), and its markup is never read as"
                + " text; put the missing library back on the class path", false);
    }

    /** Why the parser class does not load, e.g. "org/jsoup/nodes/Document is missing". */
    static String whyNotLoaded(String parserClass) {
        if (parserClass == null) {
            return "no parser module for the type";
        }
        try {
            Class.forName(parserClass, true, ParserPresence.class.getClassLoader()).getConstructor().newInstance();
            return "it loads, yet Tika did not choose it";
        } catch (ClassNotFoundException e) {
            return "its module is missing";
        } catch (LinkageError | ReflectiveOperationException e) {
            return "it does not load: " + ThrowableText.rootMessage(e);
        }
    }
}
