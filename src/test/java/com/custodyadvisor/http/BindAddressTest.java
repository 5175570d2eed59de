package com.custodyadvisor.http;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The service listens on loopback unless told otherwise, and says where it really listens. */
class BindAddressTest {

    @Test
    void theDefaultIsLoopbackOnly() {
        assertThat(ServerConfig.defaults().host()).isEqualTo("127.0.0.1");
    }

    @Test
    void theBoundAddressIsTheOneListenedOn() {
        try (TestServer server = TestServer.start(() -> TestAdvisors.shipped(), TestServer.config())) {
            assertThat(server.boundAddress()).isEqualTo("127.0.0.1:" + server.port());
        }
        try (TestServer server = TestServer.start(() -> TestAdvisors.shipped(),
                TestServer.config().withHost("::1"))) {
            assertThat(server.boundAddress()).isEqualTo("[0:0:0:0:0:0:0:1]:" + server.port());
        }
    }
}
