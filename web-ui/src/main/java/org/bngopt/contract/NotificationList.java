package org.bngopt.contract;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.util.List;

/** The caller's notifications, newest first, and how many are unread. */
public record NotificationList(long unread, List<Item> notifications) {
    /** One notification: when, what it says, the job whose result it is about, whether it has been read. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Item(long id, String at, String message, String jobId, Long watchId, boolean read) {
    }
}
