package org.gioreport.spark;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.security.AccessControlException;
import org.apache.spark.TaskContext;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.util.SerializableConfiguration;
import org.apache.spark.util.TaskCompletionListener;
import org.gioreport.core.model.Diagnostic;
import org.gioreport.core.model.NormalizationResult;
import org.gioreport.core.model.Source;
import org.gioreport.engine.Gioreport;
import org.gioreport.engine.UnreadableInput;
import org.gioreport.engine.batch.InputFailures;
import org.gioreport.engine.batch.InputFailures.Advice;
import org.gioreport.engine.batch.JsonLinesFormat;
import org.gioreport.engine.internal.read.DocumentReader;
import scala.jdk.javaapi.CollectionConverters;

/**
 * One partition of listed files to their results, with one engine for the whole partition (built on the node
 * that runs it, closed when the partition ends). Each file is read through Hadoop's file system API here, not by
 * Spark's reader, so that a file that cannot be read costs its own {@code failed} record and never the task;
 * everything else that can go wrong on one input is caught the way the CLI's batch run catches it. Inputs
 * already recorded with the same plugin set are skipped after hashing their bytes.
 */
final class PartitionNormalizer implements MapPartitionsFunction<Row, Row> {

    /** A processed input: its record (the CLI's JSON line, without line end) and its values in the long shape. */
    static final StructType SCHEMA = new StructType(new StructField[]{
            DataTypes.createStructField("path", DataTypes.StringType, false),
            DataTypes.createStructField("sha256", DataTypes.StringType, true),
            DataTypes.createStructField("status", DataTypes.StringType, false),
            DataTypes.createStructField("plugin_set", DataTypes.StringType, false),
            DataTypes.createStructField("record", DataTypes.StringType, false),
            DataTypes.createStructField("values", DataTypes.createArrayType(TidyValues.SCHEMA, false), false),
    });

    /** What a failed record on a cluster tells its reader. */
    private static final Advice ON_SPARK = new Advice("give the executors more memory, e.g. --executor-memory 4g,"
            + " or lower --max-size", "the executor's log has the stack trace");

    private static final System.Logger LOG = System.getLogger(PartitionNormalizer.class.getName());

    private final JobOptions options;
    private final List<ShownPath> inputs;
    private final Broadcast<SerializableConfiguration> hadoopConf;
    private final Broadcast<RecordedInputs> recorded;

    PartitionNormalizer(JobOptions options, List<ShownPath> inputs, Broadcast<SerializableConfiguration> hadoopConf,
                        Broadcast<RecordedInputs> recorded) {
        this.options = options;
        this.inputs = inputs;
        this.hadoopConf = hadoopConf;
        this.recorded = recorded;
    }

    /** @param files rows of (Spark's path of a file, the index of the input it was found in) */
    @Override
    public Iterator<Row> call(Iterator<Row> files) {
        return new Iterator<>() {
            private Gioreport engine;
            private DocumentReader sizeCheck; // Tika's configuration inside: built once per partition
            private PluginSet pluginSet;
            private Row next;

            @Override
            public boolean hasNext() {
                while (next == null && files.hasNext()) {
                    Row file = files.next();
                    if (engine == null) {
                        Gioreport built = Engines.build(options);
                        engine = built;
                        TaskContext task = TaskContext.get();
                        if (task != null) { // a task killed or failed half-way still stops the engine's threads
                            task.addTaskCompletionListener((TaskCompletionListener) context -> built.close());
                        }
                        sizeCheck = new DocumentReader(options.maxBytes());
                        pluginSet = PluginSet.of(engine, options);
                    }
                    next = process(engine, sizeCheck, pluginSet, file.getString(0), file.getInt(1));
                }
                if (next == null && engine != null) {
                    engine.close();
                    engine = null;
                }
                return next != null;
            }

            @Override
            public Row next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                Row r = next;
                next = null;
                return r;
            }
        };
    }

    /** One file to its output row, or null when an earlier run recorded it with the same plugin set. */
    private Row process(Gioreport engine, DocumentReader sizeCheck, PluginSet pluginSet, String sparkPath,
                        int input) {
        String shown = inputs.get(input).show(sparkPath);
        NormalizationResult result;
        try {
            byte[] bytes = read(sparkPath, sizeCheck);
            if (recorded.value().contains(shown, DocumentReader.sha256(bytes))) {
                return null;
            }
            result = engine.processor().process(detectionPath(shown, sparkPath), bytes);
        } catch (UnreadableInput e) {
            result = NormalizationResult.failed(new Source(shown, null, null), null,
                    Diagnostic.error(e.code(), null, e.getMessage()));
        } catch (OutOfMemoryError e) {
            result = InputFailures.outOfMemory(new Source(shown, null, null), ON_SPARK);
        } catch (Throwable e) {
            LOG.log(System.Logger.Level.ERROR, "gioreport failed on " + shown, e);
            result = InputFailures.internalError(new Source(shown, null, null), e, ON_SPARK);
        }
        result = shownAs(result, shown);
        String line = new JsonLinesFormat().format(result);
        return RowFactory.create(shown, result.source().sha256(), result.status().json(), pluginSet.id(),
                line.substring(0, line.length() - 1), CollectionConverters.asScala(values(result, pluginSet)).toSeq());
    }

    private List<Row> values(NormalizationResult result, PluginSet pluginSet) {
        try {
            return TidyValues.of(result, pluginSet.id());
        } catch (RuntimeException e) { // the record stays the CLI's; only its long-shape rows are missing
            LOG.log(System.Logger.Level.WARNING, "no Parquet rows for " + result.source().path() + ": " + e);
            return List.of();
        }
    }

    private byte[] read(String sparkPath, DocumentReader sizeCheck) throws UnreadableInput {
        Configuration conf = hadoopConf.value().value();
        org.apache.hadoop.fs.Path path = ShownPath.hadoopPath(sparkPath);
        try {
            FileSystem fs = path.getFileSystem(conf);
            sizeCheck.checkSize(fs.getFileStatus(path).getLen()); // before reading
            try (InputStream in = fs.open(path)) {
                return in.readAllBytes();
            }
        } catch (FileNotFoundException e) {
            throw new UnreadableInput("INPUT_NOT_FOUND", "the file does not exist: " + sparkPath, false);
        } catch (AccessControlException e) {
            throw new UnreadableInput("INPUT_UNREADABLE", "permission denied: " + sparkPath, false);
        } catch (IOException e) {
            throw new UnreadableInput("INPUT_UNREADABLE", "the file cannot be read: " + e.getMessage(), false);
        }
    }

    /**
     * The path the engine detects the type from and writes into diagnostics: the shown path itself when it is a
     * local-looking path (as the CLI passes it), else the bare file name (a URI is no {@link Path}).
     */
    private static Path detectionPath(String shown, String sparkPath) {
        if (!shown.contains("://") && !shown.contains("\\")) {
            try {
                return Path.of(shown);
            } catch (InvalidPathException e) {
                // fall through to the file name
            }
        }
        return DocumentReader.nameAsPath(ShownPath.fileName(sparkPath));
    }

    private static NormalizationResult shownAs(NormalizationResult r, String shown) {
        if (r.source().path().equals(shown)) {
            return r;
        }
        return new NormalizationResult(new Source(shown, r.source().sha256(), r.source().mediaType()), r.format(),
                r.status(), r.report(), r.derived(), r.provenance(), r.diagnostics());
    }
}
