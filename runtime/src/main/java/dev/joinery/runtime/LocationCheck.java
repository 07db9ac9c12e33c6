package dev.joinery.runtime;

import java.io.IOException;
import java.net.URI;
import java.nio.file.FileStore;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;

/**
 * Refuses, before anything is written, a local output location that a run could not replace
 * safely: a regular file, a read-only folder, or (for tables swapped in by renames) a mount point,
 * where a rename becomes a copy and a delete. Other file systems are left to their own errors.
 */
final class LocationCheck {
  private LocationCheck() {}

  /** @param swappedByRename whether the run replaces the location itself by renaming folders */
  static void checkOutput(TableSpec table, String location, boolean swappedByRename) {
    URI uri = URI.create(location);
    if (uri.getScheme() != null && !uri.getScheme().equals("file")) {
      return;
    }
    Path path = Path.of(uri.getScheme() == null ? URI.create("file:" + location) : uri);
    if (Files.exists(path, LinkOption.NOFOLLOW_LINKS) && !Files.isDirectory(path)) {
      throw refuse(table, path, "is a file, not a folder. Move the file away, or point the table (@Table location"
          + " or --output " + table.name() + "=PATH) at a folder.");
    }
    Path existing = path;
    while (existing != null && !Files.exists(existing)) {
      existing = existing.getParent();
    }
    if (existing == null) {
      return;
    }
    // The run writes beside the location (staging) and into it, so both it and its parent must take writes.
    for (Path folder : Files.exists(path) && path.getParent() != null ? new Path[] {path, path.getParent()}
        : new Path[] {existing}) {
      if (isReadOnly(folder)) {
        throw refuse(table, path, "cannot be written: " + folder + " is read-only. Make it writable, or point the"
            + " table at another folder.");
      }
    }
    if (swappedByRename && Files.exists(path) && path.getParent() != null && isMountPoint(path)) {
      throw refuse(table, path, "is a mount point: a new version cannot be renamed into its place. Point the"
          + " table at a folder inside the mount (for example " + path.resolve(path.getFileName()) + ").");
    }
  }

  private static boolean isReadOnly(Path folder) {
    try {
      if (folder.getFileSystem().supportedFileAttributeViews().contains("posix")) {
        // Checked by mode too: as root, access(2) would say every folder is writable.
        PosixFileAttributeView view = Files.getFileAttributeView(folder, PosixFileAttributeView.class);
        if (!view.readAttributes().permissions().contains(PosixFilePermission.OWNER_WRITE)) {
          return true;
        }
      }
      return !Files.isWritable(folder) || Files.getFileStore(folder).isReadOnly();
    } catch (IOException e) {
      return false;
    }
  }

  private static boolean isMountPoint(Path path) {
    try {
      FileStore own = Files.getFileStore(path);
      FileStore parent = Files.getFileStore(path.getParent());
      return !own.equals(parent);
    } catch (IOException e) {
      return false;
    }
  }

  private static JoineryDataException refuse(TableSpec table, Path path, String why) {
    return new JoineryDataException(table.name(), path.toString(), null,
        "Table " + table.name() + ": output location " + path + " " + why + " Nothing was written.");
  }
}
