package migrationtutor.engine.pyeval;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * A stable merge sort that compares with {@code <} only, as CPython's list.sort does, so the
 * TypeError for unorderable values names the same operand order; {@code reverse} keeps stability by
 * reversing before and after, as CPython does.
 */
final class Sorting {
  private Sorting() {}

  static void sort(Runtime rt, List<PyValue> items, PyValue key, boolean reverse) {
    List<PyValue> keys = new ArrayList<>(items.size());
    for (PyValue v : items) {
      keys.add(key == PyNone.NONE ? v : rt.call(key, Args.of(v)));
    }
    List<Integer> order = new ArrayList<>(items.size());
    for (int i = 0; i < items.size(); i++) {
      order.add(i);
    }
    if (reverse) {
      Collections.reverse(order);
    }
    rt.chargeSize((long) items.size() * (64 - Long.numberOfLeadingZeros(items.size() + 1L)));
    List<Integer> sorted = mergeSort(order, keys);
    if (reverse) {
      Collections.reverse(sorted);
    }
    List<PyValue> copy = new ArrayList<>(items);
    for (int i = 0; i < sorted.size(); i++) {
      items.set(i, copy.get(sorted.get(i)));
    }
  }

  private static List<Integer> mergeSort(List<Integer> idx, List<PyValue> keys) {
    if (idx.size() <= 1) {
      return idx;
    }
    int mid = idx.size() / 2;
    List<Integer> left = mergeSort(new ArrayList<>(idx.subList(0, mid)), keys);
    List<Integer> right = mergeSort(new ArrayList<>(idx.subList(mid, idx.size())), keys);
    List<Integer> out = new ArrayList<>(idx.size());
    int i = 0;
    int j = 0;
    while (i < left.size() && j < right.size()) {
      if (lessThan(keys.get(right.get(j)), keys.get(left.get(i)))) {
        out.add(right.get(j++));
      } else {
        out.add(left.get(i++));
      }
    }
    out.addAll(left.subList(i, left.size()));
    out.addAll(right.subList(j, right.size()));
    return out;
  }

  static boolean lessThan(PyValue a, PyValue b) {
    PyValue r = Operators.viaNatives("<", a, b);
    if (r != null) {
      return r.truthy();
    }
    int c = Values.compare(a, b, "<");
    return c != 2 && c < 0;
  }
}
