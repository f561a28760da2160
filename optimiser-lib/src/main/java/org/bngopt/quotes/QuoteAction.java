package org.bngopt.quotes;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * The transitions of quotes.md Q3: each leads from one status to one other; anything else is refused.
 * Expiry is the system's, never a person's.
 */
public enum QuoteAction {
    ISSUE(QuoteStatus.DRAFT, QuoteStatus.ISSUED),
    ACCEPT(QuoteStatus.ISSUED, QuoteStatus.ACCEPTED),
    DECLINE(QuoteStatus.ISSUED, QuoteStatus.DECLINED),
    WITHDRAW(QuoteStatus.ISSUED, QuoteStatus.WITHDRAWN),
    EXPIRE(QuoteStatus.ISSUED, QuoteStatus.EXPIRED);

    private final QuoteStatus from;
    private final QuoteStatus to;

    QuoteAction(QuoteStatus from, QuoteStatus to) {
        this.from = from;
        this.to = to;
    }

    /** The status this action leads to from {@code status}, or empty when the table has no such transition. */
    public Optional<QuoteStatus> from(QuoteStatus status) {
        return status == from ? Optional.of(to) : Optional.empty();
    }

    public QuoteStatus target() {
        return to;
    }

    /** The actions a person may take on a quote in this status. */
    public static java.util.List<QuoteAction> byPeople(QuoteStatus status) {
        return Arrays.stream(values()).filter(action -> action != EXPIRE && action.from == status).toList();
    }

    /** The action a person names in the API ({@code issue}, {@code accept}, …); expiry is not one. */
    public static Optional<QuoteAction> named(String code) {
        return Arrays.stream(values()).filter(action -> action != EXPIRE && action.code().equals(code)).findFirst();
    }

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }
}
