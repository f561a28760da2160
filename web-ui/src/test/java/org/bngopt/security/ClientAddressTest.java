package org.bngopt.security;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ClientAddressTest {
    private static final List<AddressRange> NGINX = ClientAddress.ranges("172.28.0.10, 10.1.0.0/16");

    @Test
    void aForwardedForHeaderFromAnUntrustedCallerIsIgnored() {
        assertThat(ClientAddress.resolve("198.51.100.4", "1.2.3.4", NGINX)).isEqualTo("198.51.100.4");
        assertThat(ClientAddress.resolve("198.51.100.4", "1.2.3.4", List.of())).isEqualTo("198.51.100.4");
    }

    @Test
    void behindATrustedProxyTheClientIsTheRightMostUntrustedHop() {
        assertThat(ClientAddress.resolve("172.28.0.10", "198.51.100.4", NGINX)).isEqualTo("198.51.100.4");
        assertThat(ClientAddress.resolve("172.28.0.10", "6.6.6.6, 198.51.100.4, 10.1.2.3", NGINX))
                .as("a forged left-most hop is not believed").isEqualTo("198.51.100.4");
        assertThat(ClientAddress.resolve("172.28.0.10", " , ", NGINX)).isEqualTo("172.28.0.10");
        assertThat(ClientAddress.resolve("172.28.0.10", null, NGINX)).isEqualTo("172.28.0.10");
    }

    @Test
    void rangesAreCheckedByTheirPrefix() {
        AddressRange range = AddressRange.parse("10.1.0.0/16");
        assertThat(range.contains("10.1.255.1")).isTrue();
        assertThat(range.contains("10.2.0.1")).isFalse();
        assertThat(range.contains("::1")).isFalse();
        assertThat(AddressRange.parse("0.0.0.0/0").contains("8.8.8.8")).isTrue();
        assertThatThrownBy(() -> AddressRange.parse("10.1.0.0/40")).hasMessageContaining("TRUSTED_PROXIES");
    }
}
