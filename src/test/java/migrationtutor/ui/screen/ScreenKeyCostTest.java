package migrationtutor.ui.screen;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.googlecode.lanterna.input.KeyStroke;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What one typed key costs the tutor (handling it and drawing the frame on a virtual terminal),
 * with a long scrollback and a lesson: printed for bench/screen.py's report, and bounded so that a
 * change that makes typing slow fails here.
 */
class ScreenKeyCostTest {
  @TempDir Path tmp;

  @Test
  void aKeyAndItsFrameTakeMilliseconds() throws Exception {
    try (ScreenHarness h =
        new ScreenHarness(tmp.resolve("ws"), 120, 40, true, ScreenHarness.bundledCourse())) {
      h.settle();
      for (int i = 0; i < 30; i++) {
        h.type("cat Makefile\n"); // a long scrollback to draw from
      }
      // CPU time of the screen's thread: wall time on a shared machine says more about the load.
      java.lang.management.ThreadMXBean mx =
          java.lang.management.ManagementFactory.getThreadMXBean();
      long[] nanos = new long[400];
      for (int i = 0; i < nanos.length; i++) {
        long t0 = mx.getCurrentThreadCpuTime();
        h.tutor.key(new KeyStroke((char) ('a' + i % 26), false, false));
        h.tutor.render();
        nanos[i] = mx.getCurrentThreadCpuTime() - t0;
        if (i % 60 == 59) {
          h.ctrl('u');
        }
      }
      long[] warm = Arrays.copyOfRange(nanos, 100, nanos.length);
      Arrays.sort(warm);
      double median = warm[warm.length / 2] / 1e6;
      double p95 = warm[(int) (warm.length * 0.95)] / 1e6;
      System.out.printf(
          "key + frame at 120x40 (CPU time): median %.2f ms, p95 %.2f ms%n", median, p95);
      assertTrue(median < 20, "a key and its frame take " + median + " ms");
    }
  }
}
