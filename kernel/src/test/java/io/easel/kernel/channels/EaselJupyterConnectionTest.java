package io.easel.kernel.channels;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.dflib.jjava.jupyter.kernel.KernelConnectionProperties;
import org.dflib.jjava.jupyter.messages.reply.IsCompleteReply;
import org.dflib.jjava.jupyter.messages.request.IsCompleteRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.zeromq.SocketType;
import org.zeromq.ZContext;
import org.zeromq.ZMQ;

/**
 * The kernel's shell and control channels through real ZeroMQ sockets, signed as a Jupyter client signs: every
 * request gets its reply on the channel it came in on, a message signed with another key does not stop the channel,
 * and closing ends the loops.
 */
class EaselJupyterConnectionTest {
    private KernelConnectionProperties properties;
    private EaselJupyterConnection connection;
    private final AtomicInteger handled = new AtomicInteger();
    private ZContext client;

    @BeforeEach
    void connect() throws Exception {
        properties = EaselJupyterConnection.onFreeLoopbackPorts();
        connection = new EaselJupyterConnection(properties);
        connection.setHandler(IsCompleteRequest.MESSAGE_TYPE, (env, message) -> {
            handled.incrementAndGet();
            env.reply(IsCompleteReply.VALID_CODE);
        });
        connection.connect();
        client = new ZContext();
    }

    @AfterEach
    void close() {
        client.close();
        connection.close();
    }

    @Test
    void everyRequestGetsItsReplyOnItsChannel() {
        ZMQ.Socket shell = dealer(properties.getShellPort());
        ZMQ.Socket control = dealer(properties.getControlPort());
        for (int i = 0; i < 20; i++) {
            ZMQ.Socket socket = i % 4 == 3 ? control : shell;
            String id = send(socket, "is_complete_request", "{\"code\": \"int x = 1;\"}");
            List<String> reply = receive(socket);
            assertTrue(reply.get(3).contains("\"is_complete_reply\""), "reply header: " + reply.get(3));
            assertTrue(reply.get(4).contains(id), "the reply's parent is the request: " + reply.get(4));
        }
        assertEquals(20, handled.get());
    }

    @Test
    void aMessageSignedWithAnotherKeyIsDroppedAndTheChannelServesTheNextRequest() {
        ZMQ.Socket shell = dealer(properties.getShellPort());
        shell.sendMore("<IDS|MSG>");
        shell.sendMore("0000"); // a wrong signature
        shell.sendMore("{\"msg_id\": \"x\", \"msg_type\": \"is_complete_request\"}");
        shell.sendMore("{}");
        shell.sendMore("{}");
        shell.send("{\"code\": \"1\"}");
        String id = send(shell, "is_complete_request", "{\"code\": \"int x = 1;\"}");
        List<String> reply = receive(shell);
        assertTrue(reply.get(4).contains(id), "the signed request after the bad ones was answered");
        assertEquals(1, handled.get(), "only the signed request reached the handler");
    }

    @Test
    void closingEndsTheChannelLoops() throws Exception {
        connection.close();
        Thread waiter = new Thread(connection::waitUntilClose);
        waiter.start();
        waiter.join(5_000);
        assertFalse(waiter.isAlive(), "waitUntilClose returned");
        for (Thread thread : Thread.getAllStackTraces().keySet()) {
            assertFalse(thread.getName().equals("Shell") || thread.getName().equals("Control"),
                    "still running: " + thread.getName());
        }
    }

    private ZMQ.Socket dealer(int port) {
        ZMQ.Socket socket = client.createSocket(SocketType.DEALER);
        socket.setReceiveTimeOut(10_000);
        socket.connect("tcp://127.0.0.1:" + port);
        return socket;
    }

    /** Sends a request as jupyter_client does (delimiter, HMAC-SHA256 of the four parts, the parts); its msg_id. */
    private String send(ZMQ.Socket socket, String type, String content) {
        String id = UUID.randomUUID().toString();
        String header = "{\"msg_id\": \"" + id + "\", \"msg_type\": \"" + type + "\", \"session\": \"s\","
                + " \"username\": \"test\", \"version\": \"5.3\", \"date\": \"2026-12-01T00:00:00Z\"}";
        List<String> parts = List.of(header, "{}", "{}", content);
        socket.sendMore("<IDS|MSG>");
        socket.sendMore(sign(parts));
        for (int i = 0; i < parts.size(); i++) {
            if (i < parts.size() - 1) {
                socket.sendMore(parts.get(i));
            } else {
                socket.send(parts.get(i));
            }
        }
        return id;
    }

    private String sign(List<String> parts) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(properties.getKey().getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            for (String part : parts) {
                mac.update(part.getBytes(StandardCharsets.UTF_8));
            }
            return HexFormat.of().formatHex(mac.doFinal());
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    /** One reply: a placeholder, delimiter, signature, header, parent header, metadata, content. */
    private static List<String> receive(ZMQ.Socket socket) {
        List<String> frames = new ArrayList<>();
        do {
            byte[] frame = socket.recv();
            assertNotNull(frame, "no reply within 10 s");
            frames.add(new String(frame, StandardCharsets.UTF_8));
        } while (socket.hasReceiveMore());
        int delimiter = frames.indexOf("<IDS|MSG>");
        assertTrue(delimiter >= 0, "a Jupyter message: " + frames);
        List<String> message = new ArrayList<>(frames.subList(delimiter, frames.size()));
        message.add(0, ""); // in place of the identities, so the header is [3] and the parent header [4]
        return message;
    }
}
