package org.bngopt.quotes;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class QuoteLifeCycleTest {
    @Test
    void theTableOfQ3AndNothingElse() {
        assertThat(QuoteAction.ISSUE.from(QuoteStatus.DRAFT)).contains(QuoteStatus.ISSUED);
        assertThat(QuoteAction.ACCEPT.from(QuoteStatus.ISSUED)).contains(QuoteStatus.ACCEPTED);
        assertThat(QuoteAction.DECLINE.from(QuoteStatus.ISSUED)).contains(QuoteStatus.DECLINED);
        assertThat(QuoteAction.WITHDRAW.from(QuoteStatus.ISSUED)).contains(QuoteStatus.WITHDRAWN);
        assertThat(QuoteAction.EXPIRE.from(QuoteStatus.ISSUED)).contains(QuoteStatus.EXPIRED);

        int allowed = 0;
        for (QuoteAction action : QuoteAction.values()) {
            for (QuoteStatus status : QuoteStatus.values()) {
                allowed += action.from(status).isPresent() ? 1 : 0;
            }
        }
        assertThat(allowed).as("five transitions in all").isEqualTo(5);
        assertThat(QuoteAction.ACCEPT.from(QuoteStatus.DRAFT)).isEmpty();
        assertThat(QuoteAction.ISSUE.from(QuoteStatus.ACCEPTED)).isEmpty();
    }

    @Test
    void peopleNeverExpireAQuote() {
        assertThat(QuoteAction.byPeople(QuoteStatus.ISSUED)).containsExactly(QuoteAction.ACCEPT, QuoteAction.DECLINE,
                QuoteAction.WITHDRAW);
        assertThat(QuoteAction.byPeople(QuoteStatus.DRAFT)).containsExactly(QuoteAction.ISSUE);
        assertThat(QuoteAction.byPeople(QuoteStatus.EXPIRED)).isEmpty();
        assertThat(QuoteAction.named("expire")).isEmpty();
        assertThat(QuoteAction.named("withdraw")).contains(QuoteAction.WITHDRAW);
        assertThat(QuoteStatus.ISSUED.holdsStock()).isTrue();
        assertThat(QuoteStatus.ACCEPTED.holdsStock()).isFalse();
    }
}
