package org.gioreport.bench;

import java.nio.file.Path;
import org.gioreport.core.json.ReportJson;
import org.gioreport.engine.Gioreport;

/** One file through the Java facade in a fresh JVM: the cold start a service pays for its first document. */
public final class FacadeColdStart {

    public static void main(String[] args) {
        try (Gioreport engine = Gioreport.builder().build()) {
            System.out.println(ReportJson.toLine(engine.normalize(Path.of(args[0]))));
        }
    }
}
