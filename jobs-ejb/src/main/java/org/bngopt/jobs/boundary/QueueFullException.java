package org.bngopt.jobs.boundary;

/** A new job was refused because {@code MAX_QUEUE_DEPTH} jobs are already waiting; the caller should retry later. */
public class QueueFullException extends RuntimeException {
    public QueueFullException(long waiting) {
        super(waiting + " jobs are waiting; try again shortly");
    }
}
