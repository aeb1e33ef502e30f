package com.salesos.integration.webhooks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetAddress;
import java.net.UnknownHostException;

import com.salesos.platform.InvalidFieldException;
import org.junit.jupiter.api.Test;

class TargetPolicyTests {

    @Test
    void flagsInternalAddressesAndPassesPublicOnes() throws UnknownHostException {
        for (String internal : new String[] {"127.0.0.1", "10.0.0.1", "172.31.255.255", "192.168.1.1",
                "169.254.169.254", "0.0.0.0", "100.64.0.1", "198.18.0.1", "224.0.0.1", "::1", "fe80::1", "fd12::1",
                "::ffff:127.0.0.1"}) {
            assertThat(TargetPolicy.isInternal(InetAddress.getByName(internal))).as(internal).isTrue();
        }
        for (String external : new String[] {"8.8.8.8", "172.32.0.1", "100.128.0.1", "2001:4860:4860::8888"}) {
            assertThat(TargetPolicy.isInternal(InetAddress.getByName(external))).as(external).isFalse();
        }
    }

    @Test
    void acceptsAPublicAddressWhenPrivateTargetsAreRefused() {
        // an address literal: checked without any look-up, and nothing is sent to it
        assertThat(new TargetPolicy(false).check("https://203.0.113.10/hooks/salesos").getHost())
                .isEqualTo("203.0.113.10");
    }

    @Test
    void acceptsLoopbackOnlyWhenPrivateTargetsAreAllowed() {
        assertThat(new TargetPolicy(true).check("http://127.0.0.1:8081/hook").getPort()).isEqualTo(8081);
        assertThatThrownBy(() -> new TargetPolicy(false).check("http://127.0.0.1:8081/hook"))
                .isInstanceOfSatisfying(InvalidFieldException.class,
                        e -> assertThat(e.errors().get(0).field()).isEqualTo("url"));
    }
}
