package org.newsgraph.ingest.web;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;

/**
 * Refuses hosts on this machine or a private network, for watchers that must not let a feed make
 * them fetch (and store) what only they can reach: loopback, private ranges (10/8, 172.16/12,
 * 192.168/16, fc00::/7), link-local, the unspecified address, carrier-grade NAT (100.64/10).
 *
 * <p>The check resolves the host before the request; a name that resolves differently a moment
 * later (DNS rebinding) is not caught.
 */
final class PrivateAddresses {

  private PrivateAddresses() {}

  static void refuse(URI requested, URI target) throws FetchException {
    String host = target.getHost();
    InetAddress[] addresses;
    try {
      addresses = InetAddress.getAllByName(host);
    } catch (UnknownHostException e) {
      return; // the request itself will fail and say so
    }
    for (InetAddress address : addresses) {
      if (isPrivate(address)) {
        throw new FetchException(requested, host + " is a private or local address (" + address.getHostAddress()
            + ") and --public-only is on" + (requested.equals(target) ? "" : " (redirected to " + target + ")"));
      }
    }
  }

  static boolean isPrivate(InetAddress a) {
    if (a.isLoopbackAddress() || a.isSiteLocalAddress() || a.isLinkLocalAddress() || a.isAnyLocalAddress()
        || a.isMulticastAddress()) {
      return true;
    }
    byte[] b = a.getAddress();
    if (a instanceof Inet6Address) {
      return (b[0] & 0xfe) == 0xfc; // unique local fc00::/7
    }
    return (b[0] & 0xff) == 100 && (b[1] & 0xc0) == 64; // 100.64.0.0/10
  }
}
