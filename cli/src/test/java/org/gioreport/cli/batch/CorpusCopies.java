package org.gioreport.cli.batch;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.gioreport.cli.CliRun;

/** A crawl made of copies of the generated corpus: every layout, reports and the expected-value JSON beside. */
final class CorpusCopies {

    private CorpusCopies() {
    }

    /** {@code copies} copies of every corpus file, under {@code dir/copyN/<layout>/}; returns {@code dir}. */
    static Path make(Path dir, int copies) throws IOException {
        Path corpus = CliRun.corpus();
        List<Path> files;
        try (Stream<Path> walk = Files.walk(corpus)) {
            files = walk.filter(Files::isRegularFile).sorted().toList();
        }
        for (int c = 1; c <= copies; c++) {
            for (Path f : files) {
                Path copy = dir.resolve("copy" + c).resolve(corpus.relativize(f).toString());
                Files.createDirectories(copy.getParent());
                Files.copy(f, copy);
            }
        }
        return dir;
    }
}
