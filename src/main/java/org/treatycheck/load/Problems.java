package org.treatycheck.load;

import java.util.ArrayList;
import java.util.List;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.nodes.Node;

/** Collects load problems with the position of the node they are about. */
final class Problems {

    private final String file;
    private final List<LoadProblem> list = new ArrayList<>();

    Problems(String file) {
        this.file = file;
    }

    void at(Node node, String message) {
        at(node == null ? null : node.getStartMark().orElse(null), message);
    }

    void at(Mark mark, String message) {
        if (mark == null) {
            list.add(new LoadProblem(file, 1, 1, message));
        } else {
            // A node keeps the name of the file it came from, which matters when a rule test merges
            // a case's clauses into a base draft from another file.
            String name = mark.getName() == null || mark.getName().isEmpty() ? file : mark.getName();
            list.add(new LoadProblem(name, mark.getLine() + 1, mark.getColumn() + 1, message));
        }
    }

    void at(int line, int column, String message) {
        list.add(new LoadProblem(file, line, column, message));
    }

    void add(LoadProblem problem) {
        list.add(problem);
    }

    boolean isEmpty() {
        return list.isEmpty();
    }

    List<LoadProblem> list() {
        return list;
    }
}
