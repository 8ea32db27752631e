package org.gioreport.core.testing;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The five real seed reports: their text in the repository's {@code examples/} (what users run first) and their
 * expected values in one place, {@code core/src/test/resources/seeds/} — every module's tests read these same
 * files, so a correction to an expected value is made once.
 */
public final class Seeds {

    private Seeds() {
    }

    /** The seed's text, {@code examples/<stem>.txt}. */
    public static Path text(String stem) {
        return root().resolve("examples").resolve(stem + ".txt");
    }

    /** The seed's expected values, {@code core/src/test/resources/seeds/<stem>.expected.json}. */
    public static Path expected(String stem) {
        return root().resolve("core/src/test/resources/seeds").resolve(stem + ".expected.json");
    }

    /** The file name without {@code .txt}: {@code examples/000_x.txt} → {@code 000_x}. */
    public static String stem(Path text) {
        return text.getFileName().toString().replaceFirst("\\.txt$", "");
    }

    /** The repository root: the nearest folder above the working directory holding examples/ and core/. */
    static Path root() {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            if (Files.isDirectory(dir.resolve("examples")) && Files.isDirectory(dir.resolve("core/src/test/resources/seeds"))) {
                return dir;
            }
        }
        throw new IllegalStateException("no examples/ and core/ above " + Path.of("").toAbsolutePath());
    }
}
