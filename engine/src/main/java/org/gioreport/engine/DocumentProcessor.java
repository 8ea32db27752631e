package org.gioreport.engine;

import java.nio.file.Path;
import org.gioreport.core.model.NormalizationResult;
import org.gioreport.engine.internal.InputProcessor;

/**
 * One input to one result, whatever happens: in this JVM ({@link InputProcessor}) or in a pool of worker
 * processes ({@link org.gioreport.engine.internal.isolation.WorkerPool}). Batch runs and the facade only see this.
 */
public interface DocumentProcessor extends AutoCloseable {

    /** Reads and normalizes one file; never throws for a bad input. */
    NormalizationResult process(Path path);

    /** A document given as its content; {@code name} serves to detect the type and is recorded as the path. */
    NormalizationResult process(String name, byte[] bytes);

    /** Like {@link #process(Path)}, for a file whose bytes the caller read with {@link #bytes} (resume checks). */
    NormalizationResult process(Path path, byte[] bytes);

    /** The file's bytes within the size limit (for callers that look at the content before processing it). */
    byte[] bytes(Path path) throws UnreadableInput;

    @Override
    void close();
}
