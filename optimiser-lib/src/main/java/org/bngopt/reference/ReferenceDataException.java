package org.bngopt.reference;

import java.util.List;
import java.util.stream.Collectors;

/**
 * A reference-data set that cannot be used. It carries every problem found, each naming the table
 * and, where there is one, the line, because the person fixing an import needs all of them at once.
 */
public class ReferenceDataException extends RuntimeException {
    private final transient List<ReferenceProblem> problems;

    public ReferenceDataException(List<ReferenceProblem> problems) {
        super(problems.stream().map(ReferenceProblem::toString).collect(Collectors.joining("\n")));
        this.problems = List.copyOf(problems);
    }

    public ReferenceDataException(ReferenceProblem problem) {
        this(List.of(problem));
    }

    public ReferenceDataException(String table, String message) {
        this(new ReferenceProblem(table, 0, message));
    }

    public List<ReferenceProblem> problems() {
        return problems;
    }
}
