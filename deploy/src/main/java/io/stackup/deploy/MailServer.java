package io.stackup.deploy;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * An SMTP server in this JVM (GreenMail) that keeps every mail it receives: the local stack's (port 3025, each mail
 * logged so a developer sees it) and the tests'. Accepts any sender and recipient; local use only.
 */
public final class MailServer implements AutoCloseable {

    public static final int LOCAL_PORT = 3025;

    private static final Logger log = LoggerFactory.getLogger(MailServer.class);

    private final GreenMail greenMail;
    private final int port;
    private volatile boolean running = true;

    private MailServer(int port) {
        this.port = port;
        greenMail = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        greenMail.start();
    }

    /** Starts the server on {@code port}, or on a free port for 0. */
    public static MailServer start(int port) {
        return new MailServer(port == 0 ? KeycloakServer.freePort() : port);
    }

    public int port() {
        return port;
    }

    /** Every mail received so far, oldest first. */
    public List<MimeMessage> received() {
        return List.of(greenMail.getReceivedMessages());
    }

    /** Waits up to {@code timeout} for a mail that {@code matches}; empty when none came. */
    public Optional<MimeMessage> await(Predicate<MimeMessage> matches, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            Optional<MimeMessage> found = received().stream().filter(matches).findFirst();
            if (found.isPresent() || System.nanoTime() > deadline) {
                return found;
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return Optional.empty();
            }
        }
    }

    /** Logs every mail as it arrives (subject, recipients, body), from a daemon thread, until closed. */
    public MailServer logEachMail() {
        Thread logger = new Thread(
                () -> {
                    int seen = 0;
                    while (running) {
                        MimeMessage[] all = greenMail.getReceivedMessages();
                        for (; seen < all.length; seen++) {
                            log.info(describe(all[seen]));
                        }
                        try {
                            Thread.sleep(500);
                        } catch (InterruptedException e) {
                            return;
                        }
                    }
                },
                "mail-log");
        logger.setDaemon(true);
        logger.start();
        return this;
    }

    /** Subject, recipients and body of a mail, for a person. */
    public static String describe(MimeMessage mail) {
        try {
            return "Mail received\n  To:      "
                    + Arrays.stream(mail.getAllRecipients())
                            .map(Object::toString)
                            .collect(Collectors.joining(", "))
                    + "\n  Subject: " + mail.getSubject() + "\n"
                    + GreenMailUtil.getBody(mail).strip().indent(4);
        } catch (MessagingException e) {
            return "Mail received, unreadable: " + e;
        }
    }

    /** The plain text of a mail. */
    public static String body(MimeMessage mail) {
        return GreenMailUtil.getBody(mail);
    }

    @Override
    public void close() {
        running = false;
        greenMail.stop();
    }

    @Override
    public String toString() {
        return "SMTP server on port " + port;
    }
}
