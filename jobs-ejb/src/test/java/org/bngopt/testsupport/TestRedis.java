package org.bngopt.testsupport;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.nio.charset.StandardCharsets;

/**
 * Raw commands to the local Redis for test set-up and checks, over plain RESP. Integration tests use
 * their own database indexes (15 for the Arquillian tests), never the run database 0.
 */
public final class TestRedis {
    public static final int DATABASE = 15;

    private TestRedis() {
    }

    public static void flush() {
        command(DATABASE, "FLUSHDB");
    }

    /** Runs one command in a database and returns its first reply line (":3", "+OK", "$-1", …). */
    public static String command(int database, String... args) {
        try (Socket socket = new Socket("127.0.0.1", 6379)) {
            OutputStream out = socket.getOutputStream();
            out.write(resp("SELECT", String.valueOf(database)));
            out.write(resp(args));
            out.flush();
            BufferedReader in = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.UTF_8));
            String selected = in.readLine();
            if (!"+OK".equals(selected)) {
                throw new IOException("SELECT " + database + " answered " + selected);
            }
            String reply = in.readLine();
            if (reply != null && reply.startsWith("$") && !reply.equals("$-1")) {
                return in.readLine();
            }
            return reply;
        } catch (IOException e) {
            throw new UncheckedIOException("Redis command failed", e);
        }
    }

    private static byte[] resp(String... args) {
        StringBuilder command = new StringBuilder("*").append(args.length).append("\r\n");
        for (String arg : args) {
            command.append('$').append(arg.getBytes(StandardCharsets.UTF_8).length).append("\r\n").append(arg).append("\r\n");
        }
        return command.toString().getBytes(StandardCharsets.UTF_8);
    }
}
