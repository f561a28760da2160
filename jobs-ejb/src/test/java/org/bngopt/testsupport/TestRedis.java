package org.bngopt.testsupport;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.nio.charset.StandardCharsets;

/** Empties the Redis database the integration tests use (index 15 on the local server), over plain RESP. */
public final class TestRedis {
    public static final int DATABASE = 15;

    private TestRedis() {
    }

    public static void flush() {
        try (Socket socket = new Socket("127.0.0.1", 6379)) {
            OutputStream out = socket.getOutputStream();
            out.write(("*2\r\n$6\r\nSELECT\r\n$2\r\n" + DATABASE + "\r\n*1\r\n$7\r\nFLUSHDB\r\n").getBytes(StandardCharsets.US_ASCII));
            out.flush();
            InputStream in = socket.getInputStream();
            String replies = "";
            while (!replies.endsWith("+OK\r\n+OK\r\n")) {
                int next = in.read();
                if (next < 0) {
                    throw new IOException("Redis closed the connection after: " + replies);
                }
                replies += (char) next;
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot flush Redis database " + DATABASE, e);
        }
    }
}
