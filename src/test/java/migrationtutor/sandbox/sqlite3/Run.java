package migrationtutor.sandbox.sqlite3;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/** What one run printed and returned, with its directory's path replaced by "$DIR". */
record Run(int status, byte[] out, byte[] err) {
  Run normalized(Path dir) {
    return new Run(status, replace(out, dir.toString()), replace(err, dir.toString()));
  }

  private static byte[] replace(byte[] b, String dir) {
    String s = new String(b, StandardCharsets.ISO_8859_1);
    String d = new String(dir.getBytes(StandardCharsets.UTF_8), StandardCharsets.ISO_8859_1);
    return s.replace(d, "$DIR").getBytes(StandardCharsets.ISO_8859_1);
  }

  /** The golden file form: byte-exact, with lengths so that no terminator is ambiguous. */
  byte[] golden() {
    ByteArrayOutputStream b = new ByteArrayOutputStream();
    b.writeBytes(
        ("status " + status + "\nstdout " + out.length + " bytes\n")
            .getBytes(StandardCharsets.UTF_8));
    b.writeBytes(out);
    b.writeBytes(("\nstderr " + err.length + " bytes\n").getBytes(StandardCharsets.UTF_8));
    b.writeBytes(err);
    b.write('\n');
    return b.toByteArray();
  }

  String text() {
    return new String(golden(), StandardCharsets.UTF_8);
  }
}
