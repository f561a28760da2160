package org.bngopt.api.reference;

import org.bngopt.reference.ReferenceProblem;

import java.util.List;

/** An upload whose tables have problems; the API answers 400 listing each by sheet and row, or file and line. */
public class UploadProblemsException extends RuntimeException {
    private final ReferenceUpload.Format format;
    private final transient List<ReferenceProblem> problems;

    public UploadProblemsException(ReferenceUpload.Format format, List<ReferenceProblem> problems) {
        super(problems.size() + " problems");
        this.format = format;
        this.problems = problems;
    }

    public ReferenceUpload.Format format() {
        return format;
    }

    public List<ReferenceProblem> problems() {
        return problems;
    }
}
