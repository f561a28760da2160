package org.bngopt.watches.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.bngopt.watches.control.NotificationStore;
import org.bngopt.watches.entity.Notification;

import java.util.List;

/** A person's notifications: the latest, how many are unread, and marking them read. */
@ApplicationScoped
public class Notifications {
    static final int MOST = 100;

    @Inject
    NotificationStore store;

    public List<Notification> of(String owner, boolean unreadOnly) {
        return store.of(owner, unreadOnly, MOST);
    }

    public long unread(String owner) {
        return store.unread(owner);
    }

    /** Marks one notification (or all, with id null) read; returns how many changed. */
    public int read(String owner, Long id) {
        return store.read(owner, id);
    }
}
