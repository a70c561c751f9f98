package org.govkg.ingest;

import java.nio.file.Path;

/**
 * A document file and the name it is known by: its path relative to the folder it was found in,
 * with {@code /} between folders ({@code 2024/notice.txt}), or its file name when it was given on its
 * own. Two files of one batch never share a name, and the same file has the same name every time the
 * same folder is ingested, so its IRI is stable.
 */
public record DocumentFile(Path path, String name, Path folder) {

    /** A file given on its own: known by its file name. */
    public static DocumentFile of(Path file) {
        return new DocumentFile(file, file.getFileName().toString(), null);
    }

    /** A file found under {@code folder}. */
    public static DocumentFile under(Path folder, Path file) {
        return new DocumentFile(file, folder.relativize(file).toString().replace(java.io.File.separatorChar, '/'), folder);
    }

    /**
     * True when a file found in a folder is really elsewhere: a symbolic link (or a link in its
     * path) that leads out of the folder. Such a file is not read, so that ingesting a folder
     * never stores what lies outside it ({@code notes.txt -> /etc/passwd}).
     */
    public boolean leavesItsFolder() {
        if (folder == null) return false;
        try {
            return !path.toRealPath().startsWith(folder.toRealPath());
        } catch (java.io.IOException e) {
            return true; // a dangling link: nothing of the folder's to read
        }
    }
}
