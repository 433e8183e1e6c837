package migrationtutor.course.check;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Expected schemas compare structurally, and every kind of difference is named. */
class ShapeDiffTest {
  private static final String BASE =
      "CREATE TABLE todo_idempotency_keys (\n"
          + "\tid INTEGER NOT NULL, \n"
          + "\t\"key\" VARCHAR(255) NOT NULL, \n"
          + "\ttodo_id INTEGER NOT NULL, \n"
          + "\tcreated_at DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP, \n"
          + "\tPRIMARY KEY (id), \n"
          + "\tUNIQUE (\"key\"), \n"
          + "\tFOREIGN KEY(todo_id) REFERENCES todos (id)\n"
          + ");\n"
          + "CREATE INDEX ix_todo ON todo_idempotency_keys (todo_id);";

  private static List<String> diff(String expected, String actual) {
    return ShapeDiff.differences(
        ExpectedSchema.parse("e", expected, 1).shape(),
        ExpectedSchema.parse("a", actual, 1).shape());
  }

  @Test
  void whitespaceQuotingAndCaseDoNotCount() {
    assertEquals(
        List.of(),
        diff(
            BASE,
            "create table \"TODO_IDEMPOTENCY_KEYS\" (id integer not null, key varchar(255) not"
                + " null, todo_id integer not null, created_at datetime not null default"
                + " current_timestamp, primary key (id), unique (key), foreign key (todo_id)"
                + " references todos(id)); create index ix_todo on todo_idempotency_keys(todo_id)"));
  }

  @Test
  void eachDifferenceIsNamed() {
    assertEquals(
        List.of("todo_id: expected INTEGER NOT NULL, found INTEGER NULL"),
        diff(BASE, BASE.replace("todo_id INTEGER NOT NULL", "todo_id INTEGER")));
    assertEquals(
        List.of("key: expected VARCHAR(255) NOT NULL, found TEXT NOT NULL"),
        diff(BASE, BASE.replace("\"key\" VARCHAR(255)", "\"key\" TEXT")));
    assertEquals(
        List.of(
            "created_at: expected DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP, found DATETIME NOT"
                + " NULL"),
        diff(BASE, BASE.replace(" DEFAULT CURRENT_TIMESTAMP", "")));
    assertEquals(
        List.of("todo_idempotency_keys has no UNIQUE (key)"),
        diff(BASE, BASE.replace("\tUNIQUE (\"key\"), \n", "")));
    assertEquals(
        List.of("todo_idempotency_keys has no FOREIGN KEY (todo_id) REFERENCES todos (id)"),
        diff(BASE, BASE.replace(", \n\tFOREIGN KEY(todo_id) REFERENCES todos (id)", "")));
    assertEquals(
        List.of("todo_idempotency_keys has no index ix_todo (todo_id)"),
        diff(BASE, BASE.replace("CREATE INDEX ix_todo ON todo_idempotency_keys (todo_id);", "")));
    assertEquals(
        List.of("todo_idempotency_keys has no primary key, expected (id)"),
        diff(BASE, BASE.replace("\tPRIMARY KEY (id), \n", "")));
  }
}
