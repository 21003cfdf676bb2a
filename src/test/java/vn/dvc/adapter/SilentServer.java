package vn.dvc.adapter;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A server that takes every connection and never answers, as a database hung in its start or a proxy whose far side
 * is gone: a client's connection succeeds, then its login waits for ever unless the client bounds it.
 */
public final class SilentServer implements AutoCloseable {

    private final ServerSocket socket;
    private final List<Socket> held = new CopyOnWriteArrayList<>();

    public SilentServer() throws IOException {
        socket = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        Thread acceptor = new Thread(() -> {
            try {
                while (true) {
                    held.add(socket.accept());   // kept open, never answered
                }
            } catch (IOException closed) {
                // closed: the test is over
            }
        }, "silent-server");
        acceptor.setDaemon(true);
        acceptor.start();
    }

    /** "127.0.0.1:port". */
    public String address() {
        return "127.0.0.1:" + socket.getLocalPort();
    }

    /** How many connections it took so far. */
    public int accepted() {
        return held.size();
    }

    @Override
    public void close() throws IOException {
        socket.close();
        for (Socket s : held) {
            s.close();
        }
    }
}
