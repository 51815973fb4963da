package org.pledgewatch.web.problems;

/** Thrown by resources to answer with a specific problem. */
public class ProblemException extends RuntimeException {

    private final Problem problem;
    private final transient Integer retryAfterSeconds;

    public ProblemException(Problem problem) {
        this(problem, null);
    }

    public ProblemException(Problem problem, Integer retryAfterSeconds) {
        super(problem.title() + ": " + problem.detail());
        this.problem = problem;
        this.retryAfterSeconds = retryAfterSeconds;
    }

    public Problem problem() {
        return problem;
    }

    public Integer retryAfterSeconds() {
        return retryAfterSeconds;
    }

    public static ProblemException notFound(String what) {
        return new ProblemException(Problem.of(404, "not-found", "Not found", what + " does not exist"));
    }

    public static ProblemException badRequest(String kind, String title, String detail) {
        return new ProblemException(Problem.of(400, kind, title, detail));
    }
}
