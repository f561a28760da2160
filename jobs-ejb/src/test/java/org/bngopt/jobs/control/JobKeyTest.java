package org.bngopt.jobs.control;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class JobKeyTest {

    @Test
    void aKeyReadsBackAsTheHashAndVersionItWasWrittenFrom() {
        JobKey key = new JobKey("3f9a", "ref-2025.11-r1+7");

        assertThat(key.toString()).isEqualTo("3f9a:ref-2025.11-r1+7");
        assertThat(JobKey.parse(key.toString())).isEqualTo(key);
    }

    @Test
    void onlyTheFirstColonSeparatesSoAVersionMayHoldColons() {
        assertThat(JobKey.parse("abc:ref:2026:1")).isEqualTo(new JobKey("abc", "ref:2026:1"));
    }
}
