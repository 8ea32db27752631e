package org.gioreport.engine.internal.batch;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import org.gioreport.engine.batch.BatchSetupException;
import org.gioreport.engine.batch.RecordFormat;
import org.gioreport.engine.internal.read.PathText;

/**
 * Expands the command line's paths: files as given, folders recursively, in a stable order (the paths in
 * command line order; inside a folder, entries sorted by name, a sub-folder's files where its name sorts).
 * The walk is lazy: only the folders on the current branch are held in memory, not every path.
 * Hidden entries (names starting with '.') inside folders are skipped; links to folders are not followed.
 */
public final class InputFiles {

    private InputFiles() {
    }

    /** Every input file, in order; a path that does not exist is kept, so it still gets its (failed) result. */
    public static Iterator<Path> walk(List<Path> paths) {
        return new Walk(paths, List.of());
    }

    /**
     * Like {@link #walk(List)}, without the file {@code output} and its {@link OutputLock lock file} when a folder
     * holds them (by any path, links included): results written into the folder being read are not inputs.
     * A null {@code output} excludes nothing.
     */
    public static Iterator<Path> walk(List<Path> paths, Path output) {
        return new Walk(paths, output == null ? List.of() : List.of(output, OutputLock.fileOf(output)));
    }

    /**
     * Refuses an output file that is one of the inputs, before anything is written: a file given on the command
     * line (compared as real files, so a link or another spelling counts), or an existing file inside a folder
     * given that is no results file of {@code format} (a report the walk would read, that writing would
     * overwrite). An output inside an input folder that is new, empty or holds results is fine: the walk
     * leaves it out.
     *
     * @throws BatchSetupException naming the output and the input
     */
    public static void refuseOutputAmongInputs(List<Path> paths, Path output, RecordFormat format) {
        for (Path p : paths) {
            if (!Files.isDirectory(p)) {
                if (same(p, output)) {
                    throw new BatchSetupException("the output file " + output + " is also an input (" + p + "):"
                            + " writing the results would overwrite it; write them to another file");
                }
            } else if (Files.isRegularFile(output) && inside(output, p) && !holdsResults(output, format)) {
                throw new BatchSetupException("the output file " + output + " is inside the input folder " + p
                        + " and holds no results: it is an input, and writing the results would overwrite it;"
                        + " write them to another file");
            }
        }
    }

    /** True when the two paths name one file: the same path, or (both existing) the same file by links. */
    private static boolean same(Path a, Path b) {
        if (a.toAbsolutePath().normalize().equals(b.toAbsolutePath().normalize())) {
            return true;
        }
        try {
            return Files.exists(a) && Files.exists(b) && Files.isSameFile(a, b);
        } catch (IOException e) {
            return false;
        }
    }

    private static boolean inside(Path file, Path folder) {
        try {
            return file.toRealPath().startsWith(folder.toRealPath());
        } catch (IOException e) {
            return false;
        }
    }

    /** An empty file, or one whose first record is a header or a result of the format: an earlier output. */
    private static boolean holdsResults(Path file, RecordFormat format) {
        try {
            String first = RecordFile.firstLine(file, 1 << 24);
            return first != null && (first.isEmpty() && Files.size(file) == 0 || format.isHeader(first)
                    || format.recorded(first) != null);
        } catch (IOException e) {
            return false;
        }
    }

    /** The number of inputs {@link #walk(List, Path)} gives (one more walk over the folders; nothing is kept). */
    public static long count(List<Path> paths, Path output) {
        long n = 0;
        for (Iterator<Path> it = walk(paths, output); it.hasNext(); it.next()) {
            n++;
        }
        return n;
    }

    /** True when {@link #walk(List, Path)} gives more than {@code n} inputs (the walk stops at the one past n). */
    public static boolean moreThan(List<Path> paths, Path output, int n) {
        int seen = 0;
        for (Iterator<Path> it = walk(paths, output); it.hasNext() && seen <= n; it.next()) {
            seen++;
        }
        return seen > n;
    }

    /** Every input file as a list: for small runs and tests ({@link #walk} for large ones). */
    public static List<Path> expand(List<Path> paths) {
        List<Path> out = new ArrayList<>();
        walk(paths).forEachRemaining(out::add);
        return out;
    }

    private static final class Walk implements Iterator<Path> {

        /** Entries still to visit, one iterator per open folder; the deepest folder on top. */
        private final Deque<Iterator<Path>> open = new ArrayDeque<>();
        /** The files this run writes (the output and its lock file), never inputs. */
        private final List<Path> excluded;
        private Path next;

        Walk(List<Path> roots, List<Path> excluded) {
            open.push(List.copyOf(roots).iterator());
            this.excluded = excluded;
        }

        private boolean isExcluded(Path p) {
            for (Path x : excluded) {
                if (p.getFileName().equals(x.getFileName()) && same(p, x)) {
                    return true;
                }
            }
            return false;
        }

        @Override
        public boolean hasNext() {
            while (next == null && !open.isEmpty()) {
                Iterator<Path> top = open.peek();
                if (!top.hasNext()) {
                    open.pop();
                    continue;
                }
                Path p = top.next();
                boolean root = open.size() == 1;
                if (!root && p.getFileName().toString().startsWith(".")) {
                    continue;
                }
                // a link to a folder given on the command line is followed; inside a folder it is not (no cycles)
                if (root ? Files.isDirectory(p) : Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS)) {
                    List<Path> entries = list(p);
                    if (entries == null) {
                        next = p; // a folder that cannot be listed: reported as that input's failure
                    } else {
                        open.push(entries.iterator());
                    }
                } else if (root || !Files.isDirectory(p) && !isExcluded(p)) {
                    next = p;
                }
            }
            return next != null;
        }

        @Override
        public Path next() {
            if (!hasNext()) {
                throw new NoSuchElementException();
            }
            Path p = next;
            next = null;
            return p;
        }

        private static List<Path> list(Path folder) {
            List<Path> entries = new ArrayList<>();
            try (DirectoryStream<Path> stream = Files.newDirectoryStream(folder)) {
                stream.forEach(entries::add);
            } catch (IOException | RuntimeException e) {
                return null;
            }
            // by the names as recorded (PathText): two names that Java decodes alike still sort in one order
            Map<Path, String> names = new HashMap<>();
            entries.forEach(e -> names.put(e, PathText.of(e.getFileName())));
            entries.sort(Comparator.comparing(names::get));
            return entries;
        }
    }
}
