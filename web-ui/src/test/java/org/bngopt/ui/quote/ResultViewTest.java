package org.bngopt.ui.quote;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ResultViewTest {

    @Test
    void chartJsonCannotCloseItsScriptElement() throws Exception {
        String hostile = "{\"labels\":[\"B1 </script><script>alert(1)</script> & \u2028\"]}";

        String safe = ResultView.scriptSafe(hostile);

        assertThat(safe).doesNotContain("<", ">", "&", "\u2028");
        JsonNode parsed = new ObjectMapper().readTree(safe);
        assertThat(parsed.get("labels").get(0).asText()).isEqualTo("B1 </script><script>alert(1)</script> & \u2028");
    }
}
