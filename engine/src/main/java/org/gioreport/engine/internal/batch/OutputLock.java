package org.gioreport.engine.internal.batch;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import org.gioreport.engine.batch.BatchSetupException;

/**
 * One run at a time per output file: a lock file beside it ({@code results.jsonl.lock}) holding the pid of
 * the run that writes it. The lock is the operating system's ({@link FileChannel#tryLock}), so a run that is
 * killed, even with {@code kill -9}, leaves no lock behind: a lock file left over is free to take. Without it two
 * runs appending to one file interleave their records, and a later {@code --resume} keeps both.
 */
public final class OutputLock implements AutoCloseable {

    private final Path file;
    private final FileChannel channel;
    private final FileLock lock;

    private OutputLock(Path file, FileChannel channel, FileLock lock) {
        this.file = file;
        this.channel = channel;
        this.lock = lock;
    }

    /** The lock file of an output file. */
    public static Path fileOf(Path output) {
        return output.resolveSibling(output.getFileName() + ".lock");
    }

    /**
     * Takes the lock of {@code output}.
     *
     * @throws BatchSetupException when another run holds it (a usage error: nothing was read or written)
     * @throws ResultOutput.NotCreated when the lock file cannot be created (no permission, a missing folder
     *     that cannot be made)
     */
    public static OutputLock acquire(Path output) throws IOException {
        Path file = fileOf(output.toAbsolutePath());
        try {
            Files.createDirectories(file.getParent());
        } catch (IOException e) {
            throw new ResultOutput.NotCreated("cannot create the output file " + output + ": " + IoReason.of(e), e);
        }
        String me = ProcessHandle.current().pid() + "\n";
        for (int attempt = 0; attempt < 10; attempt++) {
            FileChannel channel;
            try {
                channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ,
                        StandardOpenOption.WRITE);
            } catch (IOException e) {
                throw new ResultOutput.NotCreated("cannot create the output file " + output + " (its lock file " + file
                        + "): " + IoReason.of(e), e);
            }
            FileLock lock = tryLock(channel);
            if (lock == null) {
                String holder = read(channel).strip();
                channel.close();
                throw new BatchSetupException("another gioreport run" + (holder.isEmpty() ? "" : " (pid " + holder + ")")
                        + " is writing " + output + "; it holds the lock file " + file
                        + ". Wait for it to end, or write to another file");
            }
            channel.truncate(0);
            channel.write(ByteBuffer.wrap(me.getBytes(StandardCharsets.UTF_8)), 0);
            if (me.equals(contentOrNull(file))) {
                return new OutputLock(file, channel, lock);
            }
            // the run that held it ended and removed the file between our open and our lock: take the new one
            lock.release();
            channel.close();
        }
        throw new ResultOutput.NotCreated("cannot take the lock file " + file + " (it keeps changing)", null);
    }

    private static FileLock tryLock(FileChannel channel) throws IOException {
        try {
            return channel.tryLock();
        } catch (OverlappingFileLockException e) {
            return null; // held by this same process (another run in this JVM)
        }
    }

    private static String read(FileChannel channel) throws IOException {
        ByteBuffer buffer = ByteBuffer.allocate(64);
        int n = channel.read(buffer, 0);
        return n <= 0 ? "" : new String(buffer.array(), 0, n, StandardCharsets.UTF_8);
    }

    private static String contentOrNull(Path file) throws IOException {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            return null;
        }
    }

    /** Removes the lock file, then lets go of the lock (in that order, so no other run takes a removed file). */
    @Override
    public void close() throws IOException {
        try {
            Files.deleteIfExists(file);
        } finally {
            lock.release();
            channel.close();
        }
    }
}
