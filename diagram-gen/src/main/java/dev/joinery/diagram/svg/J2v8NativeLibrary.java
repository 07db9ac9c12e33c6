package dev.joinery.diagram.svg;

import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Field;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFileAttributes;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Properties;
import java.util.Set;

/**
 * Loads J2V8's native library from a copy Joinery keeps under {@code java.io.tmpdir}, with its
 * executable-stack mark cleared, instead of letting J2V8 unpack it into the user's home.
 *
 * <p>What J2V8 4.6.0 ({@code com.eclipsesource.v8.LibraryLoader}, reached from
 * {@code V8.createV8Runtime(alias, tempDirectory)}, which graphviz-java's
 * {@code GraphvizV8Engine(extractionPath)} calls) does on its own: it tries
 * {@code System.loadLibrary("j2v8_linux_x86_64")} (java.library.path, fixed at JVM start), then
 * {@code ${user.dir}/jni/libj2v8_linux_x86_64.so} if that exists, then deletes
 * {@code <tempDirectory or user.home>/libj2v8_linux_x86_64.so}, writes the library there afresh from
 * its jar (every build: it never reuses the file), runs {@code chmod 755} and {@code System.load}s it.
 * It never asks whether the library is already loaded, so loading a copy first is not enough on its
 * own: J2V8 would still rewrite (without the fix) and load its own file. Hence this class loads the
 * fixed copy with {@code System.load} from J2V8's class loader (JNI binds {@code V8}'s native methods
 * to libraries loaded by that loader) and then sets {@code V8}'s private flag
 * {@code nativeLibraryLoaded}, which is exactly what J2V8's own loader sets after success, so
 * {@code createV8Runtime} skips loading.
 *
 * <p>The copy is made once per user and J2V8 version, in
 * {@code <java.io.tmpdir>/joinery-j2v8-<version>-<user>/}, and reused by later builds. Two builds
 * at once each write their own temporary file and rename it into place atomically, so no build ever
 * loads a half-written library. The folder is private to the user ({@code rwx------}); one that is
 * not (another user's, a symbolic link, writable by others) is not trusted, and this build then
 * makes its copy in a fresh private temporary folder, deleted when the JVM exits.
 *
 * <p>Should J2V8 change so that this cannot work (no such field, J2V8 in another class loader), J2V8
 * loads the library itself as before, but unpacks it into a fresh private temporary folder, not the
 * user's home; the JVM's stack-guard warning is then back.
 */
final class J2v8NativeLibrary {
  private static final String V8_CLASS = "com.eclipsesource.v8.V8";
  private static final Set<PosixFilePermission> PRIVATE_FOLDER = PosixFilePermissions.fromString("rwx------");
  private static final Set<PosixFilePermission> PRIVATE_LIBRARY = PosixFilePermissions.fromString("r-x------");

  private J2v8NativeLibrary() {}

  /** Why a folder or Joinery's own copy cannot be used. */
  private static final class NotUsable extends Exception {
    NotUsable(String message) {
      super(message);
    }
  }

  /**
   * Makes sure J2V8's native library is loaded before J2V8 tries to load it.
   *
   * @return the folder to give {@code GraphvizV8Engine} for J2V8 to unpack into: never the user's home,
   *     and used by J2V8 only when Joinery could not load its own copy
   * @throws UnsatisfiedLinkError when the library cannot be loaded, as when another class loader of
   *     this JVM loaded it already (a second Maven module): J2V8 could not load it either
   */
  static String prepare() throws IOException {
    try {
      return loadOwnCopy().toString();
    } catch (ClassNotFoundException noJ2v8) {
      // GraphvizV8Engine reports J2V8 missing; no folder is needed.
      return System.getProperty("java.io.tmpdir");
    } catch (NotUsable | IOException | ReflectiveOperationException | RuntimeException e) {
      // J2V8 unpacks and loads on its own, as before, but not into the user's home.
      return oneOffFolder().toString();
    }
  }

  /** A new private folder for this JVM alone, deleted with the library in it when the JVM exits. */
  private static Path oneOffFolder() throws IOException {
    Path folder = Files.createTempDirectory("joinery-j2v8-");
    // deleteOnExit deletes in the reverse order of the calls: the library, then its folder.
    folder.toFile().deleteOnExit();
    folder.resolve(libraryFileName()).toFile().deleteOnExit();
    return folder;
  }

  private static Path loadOwnCopy() throws NotUsable, IOException, ReflectiveOperationException {
    Class<?> v8 = Class.forName(V8_CLASS, false, J2v8NativeLibrary.class.getClassLoader());
    if (v8.getClassLoader() != J2v8NativeLibrary.class.getClassLoader()) {
      // System.load registers the library with its caller's class loader, which must be V8's.
      throw new NotUsable("J2V8 is in another class loader");
    }
    String fileName = libraryFileName();
    if (v8.getResource("/" + fileName) == null) {
      throw new NotUsable("no " + fileName + " beside J2V8");
    }
    Path folder;
    try {
      folder = sharedFolder("joinery-j2v8-" + version(v8) + "-" + safe(System.getProperty("user.name", "")));
    } catch (NotUsable | IOException e) {
      folder = oneOffFolder();
    }
    Path library = folder.resolve(fileName);
    Field loaded = v8.getDeclaredField("nativeLibraryLoaded");
    loaded.setAccessible(true);
    // V8's own loading runs under V8.class's lock (V8.load is static synchronized).
    synchronized (v8) {
      if (!loaded.getBoolean(null)) {
        install(v8, "/" + fileName, library);
        System.load(library.toString());
        loaded.setBoolean(null, true);
      }
    }
    return folder;
  }

  /**
   * Puts the fixed library at {@code library} unless it is there already. A file at that name is
   * always whole (it only ever arrives by rename) and of this J2V8 version (the folder is per version).
   */
  private static void install(Class<?> v8, String resource, Path library) throws IOException, NotUsable {
    if (Files.isRegularFile(library, LinkOption.NOFOLLOW_LINKS)) {
      return;
    }
    Path part = Files.createTempFile(library.getParent(), library.getFileName() + ".", ".part");
    try {
      try (InputStream in = v8.getResourceAsStream(resource)) {
        if (in == null) {
          throw new NotUsable("no " + resource + " beside J2V8");
        }
        Files.copy(in, part, StandardCopyOption.REPLACE_EXISTING);
      }
      ExecStackFlag.clear(part);
      PosixFileAttributeView posix = Files.getFileAttributeView(part, PosixFileAttributeView.class);
      if (posix != null) {
        // Read-only: a library that is mapped into a running JVM must never be written in place.
        posix.setPermissions(PRIVATE_LIBRARY);
      }
      try {
        // rename(2): a build loading the library at this moment sees the old file or the new, whole.
        Files.move(part, library, StandardCopyOption.ATOMIC_MOVE);
      } catch (IOException e) {
        // Where a rename cannot replace a file that is in use (Windows): another build put it there
        // just now, and that one is as good.
        if (!Files.isRegularFile(library, LinkOption.NOFOLLOW_LINKS)) {
          throw e;
        }
      }
    } finally {
      Files.deleteIfExists(part);
    }
  }

  /**
   * The folder under java.io.tmpdir that this user's builds share, created if missing; refused unless
   * it is a folder of this user's that no one else can write into.
   */
  private static Path sharedFolder(String name) throws IOException, NotUsable {
    Path folder = Path.of(System.getProperty("java.io.tmpdir")).resolve(name);
    boolean posix = folder.getFileSystem().supportedFileAttributeViews().contains("posix");
    try {
      if (posix) {
        Files.createDirectory(folder, PosixFilePermissions.asFileAttribute(PRIVATE_FOLDER));
      } else {
        Files.createDirectory(folder);
      }
      return folder;
    } catch (FileAlreadyExistsException e) {
      // made by an earlier build, or by someone else: checked below
    }
    if (!posix) {
      if (!Files.isDirectory(folder, LinkOption.NOFOLLOW_LINKS)) {
        throw new NotUsable(folder + " is not a folder");
      }
      return folder;
    }
    PosixFileAttributes attributes = Files.readAttributes(folder, PosixFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
    Path probe = Files.createTempFile("joinery-j2v8-", ".owner");
    try {
      if (!attributes.isDirectory() || !attributes.owner().equals(Files.getOwner(probe))
          || attributes.permissions().contains(PosixFilePermission.GROUP_WRITE)
          || attributes.permissions().contains(PosixFilePermission.OTHERS_WRITE)) {
        throw new NotUsable(folder + " is not a private folder of this user");
      }
    } finally {
      Files.deleteIfExists(probe);
    }
    return folder;
  }

  /** J2V8's own name for its library: {@code lib} + {@code j2v8_<os>_<arch>} + {@code .<extension>}. */
  private static String libraryFileName() {
    String osName = System.getProperty("os.name", "");
    String os;
    String extension;
    if (osName.startsWith("Windows")) {
      os = "win32";
      extension = "dll";
    } else if (osName.startsWith("Mac")) {
      os = "macosx";
      extension = "dylib";
    } else {
      os = "linux";
      extension = "so";
    }
    String arch = System.getProperty("os.arch", "");
    arch = switch (arch) {
      case "amd64" -> "x86_64";
      case "i686" -> "x86";
      default -> arch;
    };
    return "libj2v8_" + os + "_" + arch + "." + extension;
  }

  /** The J2V8 version, from its jar's Maven metadata; a new version gets a folder of its own. */
  private static String version(Class<?> v8) {
    String artifact = libraryFileName().replaceFirst("^lib", "").replaceFirst("\\.[a-z]+$", "");
    try (InputStream in = v8.getResourceAsStream(
        "/META-INF/maven/com.eclipsesource.j2v8/" + artifact + "/pom.properties")) {
      if (in != null) {
        Properties pom = new Properties();
        pom.load(in);
        String version = pom.getProperty("version");
        if (version != null) {
          return safe(version);
        }
      }
    } catch (IOException e) {
      // no version known: the folder is shared by every J2V8 without one
    }
    return "unknown";
  }

  private static String safe(String name) {
    String safe = name.replaceAll("[^A-Za-z0-9._-]", "_");
    return safe.isEmpty() ? "_" : safe;
  }
}
