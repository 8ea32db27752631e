package org.gioreport.plugins.markdowntable;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.gioreport.core.testing.ExpectedValues;
import org.gioreport.spi.SourceDocument;

/**
 * A sample input ({@code markdown-table/<stem>.md}) and its {@code .expected.json}, judged by the same shared
 * {@link ExpectedValues} every layout's tests use.
 */
record MarkdownSample(String name, SourceDocument document, ExpectedValues expected) {

    static MarkdownSample load(String stem) throws IOException {
        Path md = resource(stem + ".md");
        SourceDocument document = new SourceDocument(stem + ".md", "text/x-web-markdown", Files.readString(md),
                Map.of(), List.of());
        return new MarkdownSample(stem, document, ExpectedValues.load(ExpectedValues.besideInput(md)));
    }

    private static Path resource(String name) throws IOException {
        var url = MarkdownSample.class.getResource("/markdown-table/" + name);
        if (url == null) {
            throw new IOException("no test resource markdown-table/" + name);
        }
        try {
            return Path.of(url.toURI());
        } catch (URISyntaxException e) {
            throw new IOException(e);
        }
    }
}
