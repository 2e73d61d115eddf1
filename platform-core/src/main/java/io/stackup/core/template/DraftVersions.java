package io.stackup.core.template;

import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The version a new draft of a key proposes, so that it can be published without the author first having to find the
 * General tab: the next minor version of a {@code major.minor.patch} version ("1.2.3" gives "1.3.0"), past any that is
 * already published. Any other version is kept as it is; publishing then asks for a new one.
 */
final class DraftVersions {

    private static final Pattern SEMANTIC = Pattern.compile("(\\d{1,9})\\.(\\d{1,9})\\.(\\d{1,9})");

    private DraftVersions() {}

    static String next(String version, Predicate<String> published) {
        Matcher parts = SEMANTIC.matcher(version);
        if (!parts.matches()) {
            return version;
        }
        String major = parts.group(1);
        long minor = Long.parseLong(parts.group(2));
        String next;
        do {
            minor++;
            next = major + "." + minor + ".0";
        } while (published.test(next));
        return next;
    }
}
