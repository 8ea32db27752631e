package org.gioreport.engine.internal.read;

import java.io.IOException;
import java.io.InputStream;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.tika.detect.Detector;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.mime.MediaType;

/**
 * Gives Tika's AutoDetectParser the type gioreport already detected for the document, so it is not detected a
 * second time (on a PDF, as long as a tenth of the whole run); the documents embedded in it are detected as usual.
 * One instance serves one parse.
 */
final class KnownTypeDetector implements Detector {

    private final MediaType known;
    private final Detector embedded;
    private final AtomicBoolean first = new AtomicBoolean(true);

    KnownTypeDetector(MediaType known, Detector embedded) {
        this.known = known;
        this.embedded = embedded;
    }

    @Override
    public MediaType detect(InputStream input, Metadata metadata) throws IOException {
        return first.getAndSet(false) ? known : embedded.detect(input, metadata);
    }
}
