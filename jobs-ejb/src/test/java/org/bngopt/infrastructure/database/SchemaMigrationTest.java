package org.bngopt.infrastructure.database;

import org.junit.jupiter.api.Test;

import java.sql.SQLException;

import static org.assertj.core.api.Assertions.assertThat;

class SchemaMigrationTest {

    @Test
    void logsTheRootCauseOnOneLine() {
        RuntimeException wrapped = new RuntimeException("Unable to obtain connection",
                new SQLException("Connection to 127.0.0.1:5999 refused.\n  Check that the hostname and port are correct"));

        assertThat(SchemaMigration.rootMessage(wrapped))
                .isEqualTo("Connection to 127.0.0.1:5999 refused. Check that the hostname and port are correct");
    }

    @Test
    void namesTheExceptionWhenItHasNoMessage() {
        assertThat(SchemaMigration.rootMessage(new IllegalStateException(new NullPointerException())))
                .isEqualTo("NullPointerException");
    }
}
