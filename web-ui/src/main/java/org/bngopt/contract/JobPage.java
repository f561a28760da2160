package org.bngopt.contract;

import java.util.List;

/** One page of the job history, newest first; each job carries its request, not its result. */
public record JobPage(int page, int size, long total, List<JobView> jobs) {
}
