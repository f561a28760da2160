package org.bngopt.watches.entity;

import org.bngopt.watch.WatchCondition;

import java.math.BigDecimal;

/** What a person sets on a watch; in a change, a null part is left as it is. */
public record WatchDetails(String name, WatchCondition condition, BigDecimal threshold, String email, Boolean active) {
}
