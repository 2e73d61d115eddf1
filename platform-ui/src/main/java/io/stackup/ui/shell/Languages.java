package io.stackup.ui.shell;

import java.util.List;
import java.util.Locale;

/**
 * Which language the UI speaks to a member: the first of their browser's languages (in the order of its
 * {@code Accept-Language}) that the UI is translated into, kept with its country so that dates read as there (en-GB
 * "27 Nov 2026", en-US "Nov 27, 2026"); when the UI speaks none of them, the tenant's default language. Stackup keeps
 * no language choice per member.
 */
final class Languages {

    private Languages() {}

    /**
     * @param browser the browser's languages, most wanted first; may be empty
     * @param supported the languages the UI is translated into, as ISO 639-1 codes
     * @param tenantDefault the tenant's default language, one of {@code supported}
     */
    static Locale resolve(List<Locale> browser, List<String> supported, Locale tenantDefault) {
        for (Locale wanted : browser) {
            if (supported.contains(wanted.getLanguage())) {
                return wanted;
            }
        }
        return tenantDefault;
    }
}
