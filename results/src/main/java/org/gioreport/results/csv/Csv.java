package org.gioreport.results.csv;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.commons.csv.QuoteMode;

/**
 * RFC 4180 rows through Apache Commons CSV: a field is quoted when it holds a comma, a quote or a line break,
 * or starts or ends with a space; rows end in CRLF. One format for writing and for reading back
 * ({@code --resume}), so that both agree on every field.
 */
public final class Csv {

    static final String LINE_END = "\r\n";

    /** The format of every CSV this tool writes; a null field is an empty cell. */
    public static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setQuoteMode(QuoteMode.MINIMAL)
            .setRecordSeparator(LINE_END).get();

    private Csv() {
    }

    /** One row, its line end included. */
    public static String row(List<String> fields) {
        StringBuilder s = new StringBuilder();
        try {
            FORMAT.printRecord(s, fields.toArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a StringBuilder does not fail
        }
        return s.toString();
    }

    /**
     * The fields of one row (its line end already removed), or null when the row is not well formed
     * (an unclosed quote, text after a closing quote) or holds more than one row.
     */
    public static List<String> parse(String row) {
        try (CSVParser parser = CSVParser.parse(row, FORMAT)) {
            Iterator<CSVRecord> records = parser.iterator();
            if (!records.hasNext()) {
                return List.of("");
            }
            List<String> fields = records.next().toList();
            return records.hasNext() ? null : fields;
        } catch (IOException | UncheckedIOException | IllegalStateException e) {
            return null;
        }
    }
}
