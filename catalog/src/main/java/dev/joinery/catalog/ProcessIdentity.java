package dev.joinery.catalog;

import java.net.InetAddress;
import java.net.UnknownHostException;

/** This process as the catalog records it (runs, locks), and whether a recorded process still lives. */
public record ProcessIdentity(String host, long pid) {

  public static ProcessIdentity current() {
    String host;
    try {
      host = InetAddress.getLocalHost().getHostName();
    } catch (UnknownHostException e) {
      host = "localhost";
    }
    return new ProcessIdentity(host, ProcessHandle.current().pid());
  }

  /**
   * False only when the process is known to be gone: it ran on this host and no process has its
   * id. A process on another host counts as alive; its heartbeat decides.
   */
  public boolean isAlive() {
    if (!host.equals(current().host())) {
      return true;
    }
    return ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false);
  }
}
