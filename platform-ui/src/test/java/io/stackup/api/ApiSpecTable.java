package io.stackup.api;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The endpoint tables of docs/spec/api.md, the product's contract: each row's call and who may make it. A row reads
 * {@code | `POST /api/v1/templates` | tenant-admin | …}; the "who" column names roles ({@code tenant-admin},
 * {@code interviewer}, {@code expert}, {@code platform-operator}, with words around them such as "the assigned
 * interviewer"), or {@code any role} / {@code any member} (the three roles of a tenant), or {@code anonymous} /
 * {@code public} / {@code anyone} (no token), or {@code same} (the row above's).
 */
final class ApiSpecTable {

    /** The roles of the demo users; a tenant's roles and the platform's. */
    enum Role {
        TENANT_ADMIN,
        INTERVIEWER,
        EXPERT,
        PLATFORM_OPERATOR
    }

    /** A row: the call's key (as {@link ApiMappings.Endpoint#key()}), who may make it, and the column as written. */
    record Row(String key, Set<Role> roles, boolean anonymous, String who) {}

    private static final Pattern ROW = Pattern.compile("^\\|\\s*`([A-Z]+) (/[^`?\\s]+)[^`]*`\\s*\\|([^|]*)\\|");
    private static final Pattern VARIABLE = Pattern.compile("\\{[^}]+}");

    private ApiSpecTable() {}

    /** The rows of api.md, found from the module's directory or the repository's. */
    static Map<String, Row> read() {
        Path file = Path.of("docs/spec/api.md");
        if (!Files.exists(file)) {
            file = Path.of("../docs/spec/api.md");
        }
        try {
            return parse(Files.readString(file));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Map<String, Row> parse(String markdown) {
        Map<String, Row> rows = new LinkedHashMap<>();
        Row previous = null;
        for (String line : markdown.split("\n")) {
            Matcher matcher = ROW.matcher(line);
            if (!matcher.find()) {
                continue;
            }
            String key =
                    matcher.group(1) + " " + VARIABLE.matcher(matcher.group(2)).replaceAll("{}");
            String who = matcher.group(3).strip();
            Row row = who.toLowerCase(Locale.ROOT).startsWith("same") && previous != null
                    ? new Row(key, previous.roles(), previous.anonymous(), who)
                    : new Row(key, roles(who), anonymous(who), who);
            rows.put(key, row);
            previous = row;
        }
        return rows;
    }

    static boolean anonymous(String who) {
        return who.toLowerCase(Locale.ROOT).matches(".*\\b(anonymous|public|anyone|no token)\\b.*");
    }

    /** The roles a "who" column names; what is in parentheses is a remark ("tenant-admin (any interviewer)"). */
    static Set<Role> roles(String who) {
        String text = who.toLowerCase(Locale.ROOT).replaceAll("\\([^)]*\\)", " ");
        Set<Role> roles = EnumSet.noneOf(Role.class);
        if (text.matches(".*\\bany (role|member)\\b.*")) {
            roles.addAll(EnumSet.of(Role.TENANT_ADMIN, Role.INTERVIEWER, Role.EXPERT));
        }
        if (text.contains("tenant-admin")) {
            roles.add(Role.TENANT_ADMIN);
        }
        if (text.matches(".*(?<![-\\w])interviewers?\\b.*")) {
            roles.add(Role.INTERVIEWER);
        }
        if (text.matches(".*(?<![-\\w])experts?\\b.*")) {
            roles.add(Role.EXPERT);
        }
        if (text.contains("platform-operator")) {
            roles.add(Role.PLATFORM_OPERATOR);
        }
        return roles;
    }
}
