package org.gioreport.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** Expands the command line's paths: files as given, folders recursively; sorted so output order is stable. */
public final class InputFiles {

    private InputFiles() {
    }

    /** Every input file; a path that does not exist is kept, so it still gets its (failed) result. */
    public static List<Path> expand(List<Path> paths) {
        List<Path> out = new ArrayList<>();
        for (Path p : paths) {
            if (Files.isDirectory(p)) {
                try (Stream<Path> walk = Files.walk(p)) {
                    walk.filter(f -> !Files.isDirectory(f)).filter(f -> !f.getFileName().toString().startsWith("."))
                            .sorted().forEach(out::add);
                } catch (IOException | UncheckedIOException e) {
                    out.add(p); // unreadable folder: reported as that input's failure
                }
            } else {
                out.add(p);
            }
        }
        return out;
    }
}
