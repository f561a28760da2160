package org.bngopt.jobs.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.bngopt.infrastructure.redis.RedisKeys;
import org.redisson.api.PendingEntry;
import org.redisson.api.RBucket;
import org.redisson.api.RStream;
import org.redisson.api.RedissonClient;
import org.redisson.api.StreamMessageId;
import org.redisson.api.stream.StreamAddArgs;
import org.redisson.api.stream.StreamCreateGroupArgs;
import org.redisson.api.stream.StreamReadGroupArgs;
import org.redisson.client.RedisException;
import org.redisson.client.codec.StringCodec;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * The work stream {@code bng:<namespace>:jobs} with the consumer group {@code workers} (Redisson {@link RStream}):
 * at-least-once delivery. An entry stays pending until its worker acknowledges it; entries pending
 * longer than the visibility timeout are claimed by another worker, and entries delivered too often go
 * to the dead-letter stream {@code …:jobs:dead}.
 */
@ApplicationScoped
public class JobQueue {
    static final String STREAM = "jobs";
    static final String DEAD_LETTERS = "jobs:dead";
    static final String GROUP = "workers";
    /** Present while Redis holds the stream; its absence tells the reconciler that Redis lost its data. */
    static final String EPOCH = "jobs:epoch";
    private static final String JOB_ID = "jobId";

    /** One delivery of a job to a worker. */
    public record Delivery(StreamMessageId messageId, UUID jobId, long deliveries) {
    }

    @Inject
    RedissonClient redis;

    @Inject
    RedisKeys keys;

    private RStream<String, String> stream() {
        return redis.getStream(keys.of(STREAM), StringCodec.INSTANCE);
    }

    public void enqueue(UUID jobId) {
        stream().add(StreamAddArgs.entry(JOB_ID, jobId.toString()));
    }

    /** Creates the consumer group (and stream) when missing; safe to call from every instance. */
    public void ensureGroup() {
        try {
            stream().createGroup(StreamCreateGroupArgs.name(GROUP).id(StreamMessageId.ALL).makeStream());
        } catch (RedisException e) {
            if (!String.valueOf(e.getMessage()).contains("BUSYGROUP")) {
                throw e;
            }
        }
    }

    /** Marks the stream as present; true when this call set the mark (so the caller should reconcile). */
    public boolean markEpoch() {
        RBucket<String> epoch = redis.getBucket(keys.of(EPOCH), StringCodec.INSTANCE);
        return epoch.setIfAbsent(String.valueOf(System.currentTimeMillis()));
    }

    /** The next never-delivered entry for this consumer, waiting up to {@code wait}. */
    public Optional<Delivery> next(String consumer, Duration wait) {
        Map<StreamMessageId, Map<String, String>> read = withGroup(() ->
                stream().readGroup(GROUP, consumer, StreamReadGroupArgs.neverDelivered().count(1).timeout(wait)));
        return read == null ? Optional.empty() : read.entrySet().stream().findFirst()
                .map(entry -> new Delivery(entry.getKey(), UUID.fromString(entry.getValue().get(JOB_ID)), 1));
    }

    /** Runs a group command, creating the group first when Redis has none (a new or emptied Redis). */
    private <T> T withGroup(Supplier<T> command) {
        try {
            return command.get();
        } catch (RedisException e) {
            if (!String.valueOf(e.getMessage()).contains("NOGROUP")) {
                throw e;
            }
            ensureGroup();
            return command.get();
        }
    }

    /** Entries pending longer than the visibility timeout, now claimed by this consumer, with their delivery counts. */
    public List<Delivery> claimExpired(String consumer, Duration visibilityTimeout, int max) {
        RStream<String, String> stream = stream();
        List<PendingEntry> expired = withGroup(() -> stream.listPending(GROUP, StreamMessageId.MIN, StreamMessageId.MAX,
                visibilityTimeout.toMillis(), TimeUnit.MILLISECONDS, max));
        List<Delivery> claimed = new ArrayList<>();
        for (PendingEntry entry : expired) {
            Map<StreamMessageId, Map<String, String>> taken = stream.claim(GROUP, consumer,
                    visibilityTimeout.toMillis(), TimeUnit.MILLISECONDS, entry.getId());
            Map<String, String> fields = taken.get(entry.getId());
            // Nothing comes back when another worker claimed the entry first, which reset its idle time:
            // the entry is that worker's now, and must be left alone.
            if (fields != null) {
                claimed.add(new Delivery(entry.getId(), UUID.fromString(fields.get(JOB_ID)), entry.getLastTimeDelivered() + 1));
            }
        }
        return claimed;
    }

    /** Acknowledges a finished entry and deletes it, so the stream holds only work not yet done. */
    public void ack(StreamMessageId messageId) {
        RStream<String, String> stream = stream();
        stream.ack(GROUP, messageId);
        stream.remove(messageId);
    }

    /** Hands an entry back as a new, never-delivered one, so any worker takes it at once. */
    public void requeue(Delivery delivery) {
        enqueue(delivery.jobId());
        ack(delivery.messageId());
    }

    public void deadLetter(Delivery delivery, String reason) {
        redis.<String, String>getStream(keys.of(DEAD_LETTERS), StringCodec.INSTANCE)
                .add(StreamAddArgs.entries(JOB_ID, delivery.jobId().toString(), "reason", reason));
        ack(delivery.messageId());
    }

    /** Entries waiting for a first delivery. */
    public long depth() {
        return stream().size() - pending();
    }

    public long pending() {
        return withGroup(() -> stream().getPendingInfo(GROUP).getTotal());
    }

    public long deadLetters() {
        return redis.getStream(keys.of(DEAD_LETTERS), StringCodec.INSTANCE).size();
    }
}
