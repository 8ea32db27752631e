package org.gioreport.spark;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.concat_ws;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.get_json_object;
import static org.apache.spark.sql.functions.sha2;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.storage.StorageLevel;
import org.apache.spark.util.SerializableConfiguration;
import org.gioreport.engine.Gioreport;

/**
 * The Spark job: normalizes every file under the inputs (any Hadoop file system) with the engine the CLI uses,
 * and appends to the output folder
 * <ul>
 *   <li>{@code records/plugin_set=ID/part-*.txt}: the CLI's JSON Lines records, byte for byte (sorted by path);
 *   these are also the ledger of what was done, written last;</li>
 *   <li>{@code values/report_year=YYYY/part-*.parquet}: one row per stated value ({@link TidyValues});</li>
 *   <li>{@code plugin-sets/ID.txt}: the engine and plugin versions and options a plugin set ID stands for.</li>
 * </ul>
 * An input whose path and content (sha256) are in the records of the current plugin set is skipped, so a
 * re-run reads only new or changed files, and everything once a plugin changes. See docs/spark.md.
 */
public final class NormalizeJob {

    private static final StructType LISTING = new StructType(new StructField[]{
            DataTypes.createStructField("path", DataTypes.StringType, false),
            DataTypes.createStructField("input", DataTypes.IntegerType, false),
    });

    private final SparkSession spark;

    public NormalizeJob(SparkSession spark) {
        this.spark = spark;
    }

    /**
     * What a run did: files found, skipped as already recorded, processed (by status), and the seconds it took
     * from listing to the last write (the Spark session's start-up not included).
     */
    public record Summary(long found, long skipped, Map<String, Long> processedByStatus, String pluginSet,
                          double seconds) {
        public long processed() {
            return processedByStatus.values().stream().mapToLong(Long::longValue).sum();
        }
    }

    public static void main(String[] args) throws IOException {
        JobOptions options;
        try {
            options = JobOptions.parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println("gioreport-spark: " + e.getMessage() + "\n" + JobOptions.USAGE);
            System.exit(2);
            return;
        }
        SparkSession spark = SparkSession.builder().appName("gioreport normalize").getOrCreate();
        int exit = 0;
        try {
            Summary s = new NormalizeJob(spark).run(options);
            System.err.printf("gioreport-spark: %d files, %d skipped (recorded before with %s), %d processed %s"
                            + " in %.1f s (%.1f files/s)%n", s.found(), s.skipped(), s.pluginSet(), s.processed(),
                    s.processedByStatus(), s.seconds(), s.processed() / Math.max(s.seconds(), 0.001));
        } catch (IllegalArgumentException | FileNotFoundException e) { // an unknown --plugin, a missing input
            System.err.println("gioreport-spark: " + e.getMessage());
            exit = 2;
        } finally {
            spark.stop();
        }
        if (exit != 0) {
            System.exit(exit);
        }
    }

    public Summary run(JobOptions options) throws IOException {
        long start = System.nanoTime();
        Configuration conf = spark.sparkContext().hadoopConfiguration();
        List<ShownPath> inputs = new ArrayList<>();
        for (String input : options.inputs()) {
            Path p = new Path(input);
            if (!p.getFileSystem(conf).exists(p)) {
                throw new FileNotFoundException("the input does not exist: " + input);
            }
            inputs.add(ShownPath.of(input, conf));
        }
        PluginSet pluginSet;
        try (Gioreport engine = Engines.build(options)) { // fails here, once, on an unknown --plugin
            pluginSet = PluginSet.of(engine, options);
        }
        Path out = new Path(options.output());
        FileSystem outFs = out.getFileSystem(conf);
        Path records = new Path(out, "records");
        Path setRecords = new Path(records, "plugin_set=" + pluginSet.id());

        Dataset<Row> files = listing(options.inputs());
        long found = files.count();
        int partitions = (int) Math.max(spark.sparkContext().defaultParallelism(),
                (found + options.filesPerPartition() - 1) / options.filesPerPartition());

        JavaSparkContext jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
        Broadcast<SerializableConfiguration> hadoopConf = jsc.broadcast(new SerializableConfiguration(conf));
        Broadcast<RecordedInputs> recorded = jsc.broadcast(recorded(outFs, setRecords));

        Dataset<Row> processed = files.repartition(partitions, col("path"))
                .mapPartitions(new PartitionNormalizer(options, inputs, hadoopConf, recorded),
                        Encoders.row(PartitionNormalizer.SCHEMA))
                .persist(StorageLevel.MEMORY_AND_DISK());
        try {
            Map<String, Long> byStatus = new TreeMap<>();
            Set<String> setsUsed = new TreeSet<>();
            for (Row r : processed.groupBy("status", "plugin_set").count().collectAsList()) {
                byStatus.merge(r.getString(0), r.getLong(2), Long::sum);
                setsUsed.add(r.getString(1));
            }
            setsUsed.remove(pluginSet.id());
            if (!setsUsed.isEmpty()) {
                System.err.println("gioreport-spark: warning: executors loaded other plugins than the driver ("
                        + setsUsed + " instead of " + pluginSet.id() + ": " + pluginSet.description() + "); their"
                        + " records are kept under their own plugin set, which the next run will not skip. Ship"
                        + " the same plugin jars to the driver and the executors (docs/spark.md).");
            }
            if (!byStatus.isEmpty()) {
                describe(outFs, new Path(out, "plugin-sets/" + pluginSet.id() + ".txt"), pluginSet);
                processed.select(explode(col("values")).as("v")).select("v.*")
                        .write().mode(SaveMode.Append).partitionBy("report_year")
                        .parquet(new Path(out, "values").toString());
                processed.orderBy("path").select("record", "plugin_set")
                        .write().mode(SaveMode.Append).partitionBy("plugin_set").text(records.toString());
            }
            long processedCount = byStatus.values().stream().mapToLong(Long::longValue).sum();
            return new Summary(found, found - processedCount, byStatus, pluginSet.id(),
                    (System.nanoTime() - start) / 1e9);
        } finally {
            processed.unpersist();
            recorded.destroy();
            hadoopConf.destroy();
        }
    }

    /**
     * Every file under the inputs, as Spark's file index lists them (in parallel for many folders; names starting
     * with {@code .} or {@code _} are hidden): its path and the input's index. The bytes are read by the tasks.
     * The listing, not a scan of the {@code binaryFile} source, because a scan leaves out empty files, and every
     * input must get its record.
     */
    private Dataset<Row> listing(List<String> inputs) {
        List<Row> files = new ArrayList<>();
        for (int i = 0; i < inputs.size(); i++) {
            for (String file : spark.read().format("binaryFile").option("recursiveFileLookup", "true")
                    .load(inputs.get(i)).inputFiles()) {
                files.add(RowFactory.create(file, i));
            }
        }
        return spark.createDataFrame(files, LISTING);
    }

    /** The keys of the inputs recorded before with this plugin set (none on a first run). */
    private RecordedInputs recorded(FileSystem fs, Path setRecords) throws IOException {
        if (!fs.exists(setRecords)) {
            return RecordedInputs.none();
        }
        Dataset<Row> lines = spark.read().text(setRecords.toString());
        List<String> keys = lines
                .select(get_json_object(col("value"), "$.source.path").as("p"),
                        get_json_object(col("value"), "$.source.sha256").as("s"))
                .where(col("p").isNotNull().and(col("s").isNotNull()))
                .select(sha2(concat_ws("\u0000", col("p"), col("s")), 256))
                .as(Encoders.STRING()).collectAsList();
        return RecordedInputs.ofHexKeys(keys);
    }

    private static void describe(FileSystem fs, Path file, PluginSet set) throws IOException {
        if (!fs.exists(file)) {
            try (OutputStream o = fs.create(file, true)) {
                o.write((set.description() + "\n").getBytes(StandardCharsets.UTF_8));
            }
        }
    }
}
