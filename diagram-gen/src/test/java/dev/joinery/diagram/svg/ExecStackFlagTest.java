package dev.joinery.diagram.svg;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExecStackFlagTest {
  private static final int PT_LOAD = 1;
  private static final int PT_GNU_RELRO = 0x6474e552;
  private static final int PHOFF = 64;
  private static final int PHENTSIZE = 56;
  /** p_flags of the second header, PT_GNU_STACK, in {@link #elf}. */
  private static final int STACK_FLAGS_AT = PHOFF + PHENTSIZE + 4;

  @TempDir Path dir;

  /** A 64-bit little-endian ELF header and three program headers: LOAD (R+X), GNU_STACK, GNU_RELRO (R). */
  private static byte[] elf(byte elfClass, int stackFlags) {
    ByteBuffer b = ByteBuffer.allocate(PHOFF + 3 * PHENTSIZE).order(ByteOrder.LITTLE_ENDIAN);
    b.put(new byte[] {0x7f, 'E', 'L', 'F', elfClass, 1, 1, 0});
    b.putShort(0x10, (short) 3); // e_type ET_DYN
    b.putShort(0x12, (short) 62); // e_machine EM_X86_64
    b.putLong(0x20, PHOFF); // e_phoff
    b.putShort(0x34, (short) 64); // e_ehsize
    b.putShort(0x36, (short) PHENTSIZE); // e_phentsize
    b.putShort(0x38, (short) 3); // e_phnum
    int[][] headers = {{PT_LOAD, 5}, {ExecStackFlag.PT_GNU_STACK, stackFlags}, {PT_GNU_RELRO, 4}};
    for (int i = 0; i < headers.length; i++) {
      b.putInt(PHOFF + i * PHENTSIZE, headers[i][0]);
      b.putInt(PHOFF + i * PHENTSIZE + 4, headers[i][1]);
      b.putLong(PHOFF + i * PHENTSIZE + 48, 0x10); // p_align, so the rest of a header is not all zero
    }
    return b.array();
  }

  private Path file(byte[] bytes) throws Exception {
    return Files.write(Files.createTempFile(dir, "lib", ".so"), bytes);
  }

  @Test
  void clearsOnlyTheExecuteBitOfTheStackHeader() throws Exception {
    byte[] before = elf((byte) 2, 7); // PF_R | PF_W | PF_X, as J2V8's library has it
    Path lib = file(before);
    assertTrue(ExecStackFlag.requiresExecutableStack(lib));

    assertTrue(ExecStackFlag.clear(lib));

    byte[] after = Files.readAllBytes(lib);
    assertEquals(6, ByteBuffer.wrap(after).order(ByteOrder.LITTLE_ENDIAN).getInt(STACK_FLAGS_AT));
    byte[] expected = before.clone();
    expected[STACK_FLAGS_AT] = 6;
    assertArrayEquals(expected, after);
    assertFalse(ExecStackFlag.requiresExecutableStack(lib));
    assertFalse(ExecStackFlag.clear(lib), "already clear: nothing to change");
    assertArrayEquals(expected, Files.readAllBytes(lib));
  }

  @Test
  void leavesAStackThatIsNotExecutableAlone() throws Exception {
    byte[] bytes = elf((byte) 2, 6);
    Path lib = file(bytes);
    assertFalse(ExecStackFlag.requiresExecutableStack(lib));
    assertFalse(ExecStackFlag.clear(lib));
    assertArrayEquals(bytes, Files.readAllBytes(lib));
  }

  @Test
  void leavesAnythingButA64BitLittleEndianElfUntouched() throws Exception {
    byte[] text = "#!/bin/sh\necho not a library, but longer than an ELF header would be ......\n"
        .getBytes(StandardCharsets.US_ASCII);
    byte[] elf32 = elf((byte) 1, 7);
    byte[] bigEndian = elf((byte) 2, 7);
    bigEndian[5] = 2;
    byte[] truncated = Arrays.copyOf(elf((byte) 2, 7), PHOFF + PHENTSIZE); // headers run past the end
    byte[] tiny = {0x7f, 'E', 'L', 'F'};
    for (byte[] bytes : new byte[][] {text, elf32, bigEndian, truncated, tiny, new byte[0]}) {
      Path file = file(bytes);
      assertFalse(ExecStackFlag.requiresExecutableStack(file));
      assertFalse(ExecStackFlag.clear(file));
      assertArrayEquals(bytes, Files.readAllBytes(file));
    }
  }

  @Test
  void anElfWithoutAStackHeaderIsUntouched() throws Exception {
    byte[] bytes = elf((byte) 2, 7);
    ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN).putInt(PHOFF + PHENTSIZE, PT_LOAD);
    Path file = file(bytes);
    assertFalse(ExecStackFlag.clear(file));
    assertArrayEquals(bytes, Files.readAllBytes(file));
  }
}
