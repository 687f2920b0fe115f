package io.vcgate.cli;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A TCP proxy in front of the gateway that cuts the first event stream abruptly (a reset, mid-body) right
 * after its first server-sent event has gone through, as a proxy or a load balancer does when it drops a
 * stream; everything else passes through untouched. It records each connection's request line.
 */
final class CuttingProxy implements AutoCloseable {
    private final ServerSocket server;
    private final int target;
    private final AtomicInteger connections = new AtomicInteger();
    private final java.util.concurrent.atomic.AtomicBoolean cutOnce = new java.util.concurrent.atomic.AtomicBoolean();
    final List<String> requestLines = new CopyOnWriteArrayList<>();

    CuttingProxy(int target) throws IOException {
        this.target = target;
        this.server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        Thread acceptor = new Thread(this::accept, "cutting-proxy");
        acceptor.setDaemon(true);
        acceptor.start();
    }

    String url() {
        return "http://127.0.0.1:" + server.getLocalPort();
    }

    int connections() {
        return connections.get();
    }

    private void accept() {
        while (!server.isClosed()) {
            try {
                Socket client = server.accept();
                connections.incrementAndGet();
                Socket upstream = new Socket(InetAddress.getLoopbackAddress(), target);
                daemon(() -> requests(client, upstream));
                daemon(() -> answers(upstream, client));
            } catch (IOException closed) {
                return;
            }
        }
    }

    private void requests(Socket client, Socket upstream) {
        try (InputStream in = client.getInputStream(); OutputStream out = upstream.getOutputStream()) {
            ByteArrayOutputStream firstLine = new ByteArrayOutputStream();
            boolean recorded = false;
            byte[] buf = new byte[8192];
            int n;
            while ((n = in.read(buf)) >= 0) {
                if (!recorded) {
                    for (int i = 0; i < n && !recorded; i++) {
                        if (buf[i] == '\r' || buf[i] == '\n') {
                            requestLines.add(firstLine.toString(StandardCharsets.US_ASCII));
                            recorded = true;
                        } else {
                            firstLine.write(buf[i]);
                        }
                    }
                }
                out.write(buf, 0, n);
                out.flush();
            }
        } catch (IOException gone) {
            // either side went away
        }
    }

    private void answers(Socket upstream, Socket client) {
        try (InputStream in = upstream.getInputStream(); OutputStream out = client.getOutputStream()) {
            StringBuilder seen = new StringBuilder();
            byte[] buf = new byte[8192];
            int n;
            while ((n = in.read(buf)) >= 0) {
                out.write(buf, 0, n);
                out.flush();
                if (!cutOnce.get()) {
                    seen.append(new String(buf, 0, n, StandardCharsets.ISO_8859_1));
                    int event = seen.indexOf("event:status");
                    if (event >= 0 && seen.indexOf("\n\n", event) >= 0 && cutOnce.compareAndSet(false, true)) {
                        client.setSoLinger(true, 0); // a reset, not a clean end
                        client.close();
                        upstream.close();
                        return;
                    }
                }
            }
        } catch (IOException gone) {
            // either side went away
        }
    }

    private static void daemon(Runnable r) {
        Thread t = new Thread(r, "cutting-proxy-pump");
        t.setDaemon(true);
        t.start();
    }

    @Override
    public void close() throws IOException {
        server.close();
    }
}
