package org.gioreport.results.series;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * The user's word on names ({@code series --names FILE}): a CSV of two columns, {@code name,body}, each row
 * saying that reports written with {@code name} belong to the series of {@code body} (a renamed body, or a
 * short name that could be several bodies). A first row {@code name,body} is a header; lines starting with
 * {@code #} are comments.
 */
public final class NameMapping {

    private NameMapping() {
    }

    /** The mapping of {@code file}; a row without two non-empty cells is an error naming its line. */
    public static Map<String, String> read(Path file) throws IOException {
        Map<String, String> mapping = new LinkedHashMap<>();
        CSVFormat format = CSVFormat.RFC4180.builder().setCommentMarker('#').setIgnoreSurroundingSpaces(true)
                .setIgnoreEmptyLines(true).get();
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8);
             CSVParser parser = CSVParser.parse(in, format)) {
            for (CSVRecord row : parser) {
                String name = row.size() > 0 ? row.get(0).replace("\uFEFF", "") : "";
                if (row.getRecordNumber() == 1 && name.equals("name")) {
                    continue;
                }
                if (row.size() != 2 || name.isBlank() || row.get(1).isBlank()) {
                    throw new IOException(file + " line " + parser.getCurrentLineNumber()
                            + ": expected two cells, name,body");
                }
                mapping.put(name, row.get(1));
            }
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        return mapping;
    }
}
