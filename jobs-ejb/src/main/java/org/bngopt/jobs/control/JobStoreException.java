package org.bngopt.jobs.control;

import java.sql.SQLException;

/** The job history could not be read or written: the database is unreachable or refused the statement. */
public class JobStoreException extends RuntimeException {
    public JobStoreException(SQLException cause) {
        super("job history: " + cause.getMessage(), cause);
    }
}
