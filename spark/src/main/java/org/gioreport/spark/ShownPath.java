package org.gioreport.spark;

import java.io.IOException;
import java.io.Serializable;
import java.net.URI;
import java.net.URISyntaxException;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.Path;

/**
 * How a file found under one input is shown in its record's {@code source.path}: the input as the user typed it,
 * followed by the file's path below it, as {@code gioreport normalize} shows it for the same argument. So
 * {@code formats/corpus/files} gives {@code formats/corpus/files/pdf/syn01.pdf} in both, and
 * {@code hdfs://nn/archive/2021} gives {@code hdfs://nn/archive/2021/bj/x.pdf} (never Spark's
 * {@code file:/abs/...} form, which would differ from the CLI's record of the same file). A backslash is written
 * {@code \\}, as the CLI writes it on Linux.
 */
final class ShownPath implements Serializable {

    private final String typed;
    private final String rootPath;

    private ShownPath(String typed, String rootPath) {
        this.typed = typed;
        this.rootPath = rootPath;
    }

    /** The input {@code typed}, resolved on the driver against its file system (relative to the working folder). */
    static ShownPath of(String typed, Configuration conf) throws IOException {
        Path path = new Path(typed);
        Path qualified = path.getFileSystem(conf).makeQualified(path);
        return new ShownPath(typed, trimSlash(qualified.toUri().getPath()));
    }

    /**
     * The shown text of a file Spark found under this input, given as Spark's file index lists it (a URI:
     * {@code file:/abs/dir/%E6%8A%A5%E5%91%8A%202021.txt}).
     */
    String show(String sparkPath) {
        String filePath = decodedPath(sparkPath);
        String text;
        if (filePath.equals(rootPath)) {
            text = typed; // the input is this file itself
        } else if (filePath.startsWith(rootPath.endsWith("/") ? rootPath : rootPath + "/")) {
            String below = filePath.substring(rootPath.length());
            text = trimSlash(typed) + (below.startsWith("/") ? below : "/" + below);
        } else {
            text = sparkPath; // not under the input (a link followed elsewhere): its full location
        }
        return text.replace("\\", "\\\\");
    }

    /** The file's name, for type detection. */
    static String fileName(String sparkPath) {
        String p = decodedPath(sparkPath);
        return p.substring(p.lastIndexOf('/') + 1);
    }

    static String decodedPath(String sparkPath) {
        return hadoopPath(sparkPath).toUri().getPath();
    }

    /** A listed file as a Hadoop path: its URI decoded (a string that is no URI is taken as a plain path). */
    static Path hadoopPath(String sparkPath) {
        try {
            return new Path(new URI(sparkPath));
        } catch (URISyntaxException e) {
            return new Path(sparkPath);
        }
    }

    private static String trimSlash(String s) {
        return s.length() > 1 && s.endsWith("/") ? s.substring(0, s.length() - 1) : s;
    }
}
