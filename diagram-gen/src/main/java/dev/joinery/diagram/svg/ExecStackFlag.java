package dev.joinery.diagram.svg;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * What {@code execstack -c} does, in Java: clears the "needs an executable stack" mark of an ELF
 * shared library, so loading it neither makes every thread stack executable nor, in HotSpot, prints
 * "You have loaded library ... which might have disabled stack guard" (HotSpot loads quietly only a
 * library whose {@code PT_GNU_STACK} flags are exactly {@code PF_R|PF_W}). Newer glibc refuses to
 * {@code dlopen} a marked library at all.
 *
 * <p>The mark is the {@code p_flags} of the {@code PT_GNU_STACK} program header: with {@code PF_X}
 * the stack must be executable. Only that one bit of that one header is rewritten; the file keeps its
 * size and every other byte. Only 64-bit little-endian ELF (x86_64, aarch64 Linux) is handled; any
 * other file, or an ELF without {@code PT_GNU_STACK}, is left as it is.
 *
 * <p>Layout read (see {@code elf.h}): the ELF header has {@code e_ident} (magic {@code 7f 'E' 'L' 'F'},
 * class at byte 4, data encoding at byte 5), {@code e_phoff} (8 bytes at 0x20), {@code e_phentsize}
 * (2 bytes at 0x36) and {@code e_phnum} (2 bytes at 0x38); each program header starts with
 * {@code p_type} (4 bytes) then {@code p_flags} (4 bytes).
 */
final class ExecStackFlag {
  static final int PT_GNU_STACK = 0x6474e551;
  static final int PF_X = 0x1;

  private static final int ELF_HEADER_SIZE = 64;
  private static final byte ELFCLASS64 = 2;
  private static final byte ELFDATA2LSB = 1;
  private static final int E_PHOFF = 0x20;
  private static final int E_PHENTSIZE = 0x36;
  private static final int E_PHNUM = 0x38;
  /** {@code p_type} and {@code p_flags}: the part of a program header read here. */
  private static final int PHDR_TYPE_AND_FLAGS = 8;
  /** e_phnum's escape for "more than 0xfffe headers, count in section 0"; no library needs it. */
  private static final int PN_XNUM = 0xffff;

  private ExecStackFlag() {}

  /** Whether the file is a 64-bit little-endian ELF whose {@code PT_GNU_STACK} asks for an executable stack. */
  static boolean requiresExecutableStack(Path file) throws IOException {
    try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
      long at = flagsOffset(channel);
      return at >= 0 && (readInt(channel, at) & PF_X) != 0;
    }
  }

  /**
   * Clears {@code PF_X} in the {@code PT_GNU_STACK} header of the file, in place.
   *
   * @return whether the file was changed: false for a file that is not a 64-bit little-endian ELF,
   *     has no {@code PT_GNU_STACK}, or does not ask for an executable stack
   */
  static boolean clear(Path file) throws IOException {
    try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ, StandardOpenOption.WRITE)) {
      long at = flagsOffset(channel);
      if (at < 0) {
        return false;
      }
      int flags = readInt(channel, at);
      if ((flags & PF_X) == 0) {
        return false;
      }
      ByteBuffer cleared = ByteBuffer.allocate(4).order(ByteOrder.LITTLE_ENDIAN).putInt(0, flags & ~PF_X);
      while (cleared.hasRemaining()) {
        channel.write(cleared, at + cleared.position());
      }
      channel.force(false);
      return true;
    }
  }

  /** File offset of the {@code p_flags} of the {@code PT_GNU_STACK} header, or -1 when there is none to read. */
  private static long flagsOffset(FileChannel channel) throws IOException {
    long size = channel.size();
    if (size < ELF_HEADER_SIZE) {
      return -1;
    }
    ByteBuffer header = read(channel, 0, ELF_HEADER_SIZE);
    if (header.get(0) != 0x7f || header.get(1) != 'E' || header.get(2) != 'L' || header.get(3) != 'F'
        || header.get(4) != ELFCLASS64 || header.get(5) != ELFDATA2LSB) {
      return -1;
    }
    long phoff = header.getLong(E_PHOFF);
    int phentsize = Short.toUnsignedInt(header.getShort(E_PHENTSIZE));
    int phnum = Short.toUnsignedInt(header.getShort(E_PHNUM));
    if (phoff <= 0 || phentsize < PHDR_TYPE_AND_FLAGS || phnum == 0 || phnum == PN_XNUM
        || phoff > size || (long) phentsize * phnum > size - phoff) {
      return -1;
    }
    ByteBuffer table = read(channel, phoff, phentsize * phnum);
    for (int i = 0; i < phnum; i++) {
      if (table.getInt(i * phentsize) == PT_GNU_STACK) {
        return phoff + (long) i * phentsize + 4;
      }
    }
    return -1;
  }

  private static int readInt(FileChannel channel, long at) throws IOException {
    return read(channel, at, 4).getInt(0);
  }

  private static ByteBuffer read(FileChannel channel, long at, int length) throws IOException {
    ByteBuffer buffer = ByteBuffer.allocate(length).order(ByteOrder.LITTLE_ENDIAN);
    while (buffer.hasRemaining()) {
      if (channel.read(buffer, at + buffer.position()) < 0) {
        throw new IOException("ELF file ends inside its headers");
      }
    }
    return buffer;
  }
}
