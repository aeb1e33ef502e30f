package com.salesos.integration.webhooks;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.util.List;

import com.salesos.platform.InvalidFieldException;

/**
 * Decides which URLs may receive webhooks: http or https only, and (unless private targets are allowed) no host
 * that resolves to a loopback, private, link-local or otherwise internal address, so that a subscription cannot
 * be used to probe the internal network. Checked when subscribing and again before every delivery, since a DNS
 * name may be re-pointed after it was accepted.
 */
final class TargetPolicy {

    private final boolean allowPrivateTargets;

    TargetPolicy(boolean allowPrivateTargets) {
        this.allowPrivateTargets = allowPrivateTargets;
    }

    /** @throws InvalidFieldException naming {@code url} when the target is refused */
    URI check(String url) {
        URI uri = parse(url);
        if (!allowPrivateTargets) {
            List<InetAddress> addresses = resolve(uri.getHost());
            if (addresses.stream().anyMatch(TargetPolicy::isInternal)) {
                throw new InvalidFieldException("url", "must not point to a loopback, private or link-local address");
            }
        }
        return uri;
    }

    private static URI parse(String url) {
        if (url == null || url.isBlank()) {
            throw new InvalidFieldException("url", "must not be blank");
        }
        try {
            URI uri = new URI(url.strip());
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase();
            if (!scheme.equals("http") && !scheme.equals("https")) {
                throw new InvalidFieldException("url", "must be an http or https URL");
            }
            if (uri.getHost() == null || uri.getHost().isBlank()) {
                throw new InvalidFieldException("url", "must name a host");
            }
            if (uri.getRawUserInfo() != null) {
                throw new InvalidFieldException("url", "must not carry credentials");
            }
            return uri;
        } catch (URISyntaxException e) {
            throw new InvalidFieldException("url", "is not a valid URL");
        }
    }

    private static List<InetAddress> resolve(String host) {
        try {
            String bare = host.startsWith("[") && host.endsWith("]") ? host.substring(1, host.length() - 1) : host;
            return List.of(InetAddress.getAllByName(bare));
        } catch (UnknownHostException e) {
            throw new InvalidFieldException("url", "host cannot be resolved");
        }
    }

    static boolean isInternal(InetAddress address) {
        if (address.isAnyLocalAddress() || address.isLoopbackAddress() || address.isLinkLocalAddress()
                || address.isSiteLocalAddress() || address.isMulticastAddress()) {
            return true;
        }
        byte[] b = address.getAddress();
        if (address instanceof Inet4Address) {
            int first = b[0] & 0xff;
            int second = b[1] & 0xff;
            // 0/8 "this network", 100.64/10 carrier-grade NAT, 198.18/15 benchmarking, 240/4 reserved
            return first == 0 || (first == 100 && second >= 64 && second < 128)
                    || (first == 198 && (second == 18 || second == 19)) || first >= 240;
        }
        if (address instanceof Inet6Address) {
            // fc00::/7 unique local addresses: the IPv6 private ranges the JDK does not flag
            return (b[0] & 0xfe) == 0xfc;
        }
        return false;
    }
}
