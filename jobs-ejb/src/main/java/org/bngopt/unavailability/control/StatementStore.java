package org.bngopt.unavailability.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.bngopt.infrastructure.database.Jdbc;

import java.util.Optional;
import java.util.UUID;

/** The job_unavailability table: the first statement made for a job is the one every later request gets. */
@ApplicationScoped
public class StatementStore {
    @Inject
    Jdbc jdbc;

    public Optional<String> find(UUID jobId) {
        return jdbc.one("select body::text from job_unavailability where job_id = ?", row -> row.getString(1), jobId);
    }

    /** Keeps the statement unless one was kept meanwhile; returns the one kept. */
    public String keep(UUID jobId, String body) {
        jdbc.update("insert into job_unavailability (job_id, body) values (?, ?::jsonb) on conflict (job_id) do nothing", jobId, body);
        return find(jobId).orElseThrow();
    }
}
