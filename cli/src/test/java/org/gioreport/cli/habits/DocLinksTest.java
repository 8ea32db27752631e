package org.gioreport.cli.habits;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** A user has only the repository: every relative link of its documentation points at a file inside it. */
class DocLinksTest {

    static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
    /** {@code [text](target)}, the target up to a space (a title) or the closing parenthesis. */
    static final Pattern LINK = Pattern.compile("\\]\\(([^)\\s]+)(?:\\s+\"[^\"]*\")?\\)");

    @Test
    void everyRelativeLinkPointsAtAFileInTheRepository() throws IOException {
        List<Path> docs = documents();
        assertTrue(docs.contains(ROOT.resolve("README.md")) && docs.size() >= 5, docs.toString());
        List<String> broken = new ArrayList<>();
        int checked = 0;
        for (Path doc : docs) {
            Matcher m = LINK.matcher(Files.readString(doc));
            while (m.find()) {
                String target = m.group(1);
                if (target.matches("^[a-z]+:.*") || target.startsWith("#")) {
                    continue; // a web address or an anchor in the same page
                }
                checked++;
                Path file = doc.getParent().resolve(target.replaceFirst("#.*", "")).normalize();
                if (!file.startsWith(ROOT) || !Files.exists(file)) {
                    broken.add(ROOT.relativize(doc) + ": " + target);
                }
            }
        }
        assertTrue(checked >= 8, "links found: " + checked);
        assertEquals(List.of(), broken);
    }

    /** README.md, docs/*.md, and the READMEs of plugins/ and of the corpus. */
    static List<Path> documents() throws IOException {
        List<Path> docs = new ArrayList<>(List.of(ROOT.resolve("README.md"), ROOT.resolve("plugins/README.md"),
                ROOT.resolve("formats/corpus/README.md")));
        try (Stream<Path> files = Files.list(ROOT.resolve("docs"))) {
            files.filter(f -> f.toString().endsWith(".md")).sorted().forEach(docs::add);
        }
        return docs;
    }
}
