package org.gioreport.engine.internal.batch;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;

/**
 * Why a file operation failed, in words. The JDK's {@link FileSystemException}s often carry only the path as their
 * message ("cannot create out/r.jsonl: out" says nothing); their type says why.
 */
public final class IoReason {

    private IoReason() {
    }

    /** The path involved and what is wrong with it, e.g. {@code "out: a file, not a folder"}. */
    public static String of(IOException e) {
        if (!(e instanceof FileSystemException fs) || fs.getFile() == null) {
            return String.valueOf(e.getMessage());
        }
        String why;
        if (fs instanceof FileAlreadyExistsException) {
            why = "a file, not a folder"; // what Files.createDirectories means by it: a part of the path is a file
        } else if (fs instanceof NotDirectoryException) {
            why = "not a folder";
        } else if (fs instanceof AccessDeniedException) {
            why = "permission denied";
        } else if (fs instanceof NoSuchFileException) {
            why = "no such file or folder";
        } else {
            why = fs.getReason() == null ? "cannot be written" : fs.getReason();
        }
        return fs.getFile() + (fs.getOtherFile() == null ? "" : " -> " + fs.getOtherFile()) + ": " + why;
    }
}
