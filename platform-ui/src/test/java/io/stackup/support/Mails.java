package io.stackup.support;

import jakarta.mail.BodyPart;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.time.Duration;
import java.util.Arrays;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The mails the application and Keycloak sent to the test SMTP server ({@link SharedStack#mail()}), read as text. */
public final class Mails {

    /** Keycloak's action links: the e-mail verification of a sign-up, the password of an invitation. */
    public static final Pattern KEYCLOAK_ACTION =
            Pattern.compile("https?://[^\\s\"'<>]+/login-actions/action-token\\?[^\\s\"'<>]+");

    private Mails() {}

    /**
     * The first link matching {@code link} in a mail to {@code address}, waiting up to a minute for the mail; HTML's
     * {@code &amp;} decoded.
     */
    public static String link(String address, Pattern link) {
        MimeMessage mail = SharedStack.mail()
                .await(m -> sentTo(m, address) && link.matcher(text(m)).find(), Duration.ofSeconds(60))
                .orElseThrow(() -> new AssertionError("no mail with a link to " + address));
        Matcher found = link.matcher(text(mail));
        if (!found.find()) {
            throw new AssertionError(text(mail));
        }
        return found.group().replace("&amp;", "&");
    }

    public static boolean sentTo(MimeMessage mail, String address) {
        try {
            return mail.getRecipients(Message.RecipientType.TO) != null
                    && Arrays.stream(mail.getRecipients(Message.RecipientType.TO))
                            .anyMatch(a -> a.toString().equalsIgnoreCase(address));
        } catch (MessagingException e) {
            return false;
        }
    }

    /** The decoded text of every part of the mail. */
    public static String text(Part part) {
        try {
            Object content = part.getContent();
            if (content instanceof Multipart multipart) {
                StringBuilder all = new StringBuilder();
                for (int i = 0; i < multipart.getCount(); i++) {
                    BodyPart body = multipart.getBodyPart(i);
                    all.append(text(body)).append('\n');
                }
                return all.toString();
            }
            return String.valueOf(content);
        } catch (MessagingException | IOException e) {
            return "";
        }
    }
}
