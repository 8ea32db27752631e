package org.gioreport.consumer;

import java.nio.file.Path;
import org.gioreport.core.json.ReportJson;
import org.gioreport.engine.Gioreport;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The service: normalizes each file named on the command line and prints its result line, logging as it likes. */
public final class NormalizeFiles {

    private static final Logger LOG = LoggerFactory.getLogger(NormalizeFiles.class);

    private NormalizeFiles() {
    }

    public static void main(String[] args) throws Exception {
        try (Gioreport engine = Gioreport.builder().build()) {
            for (String file : args) {
                System.out.println(ReportJson.toLine(engine.normalize(Path.of(file))));
            }
        }
        LOG.info("consumer normalized {} files", args.length);
    }
}
