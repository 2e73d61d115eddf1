package io.stackup.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The UI's language: the browser's first one the UI speaks, else the tenant's default. */
class LanguagesTest {

    private static final Locale GERMAN = Locale.GERMAN;

    @Test
    void the_browsers_first_supported_language_wins_with_its_country() {
        assertThat(Languages.resolve(List.of(Locale.forLanguageTag("en-GB")), List.of("en", "de"), GERMAN))
                .isEqualTo(Locale.forLanguageTag("en-GB"));
        assertThat(Languages.resolve(
                        List.of(Locale.forLanguageTag("fr-FR"), Locale.forLanguageTag("de-AT")),
                        List.of("en", "de"),
                        Locale.ENGLISH))
                .isEqualTo(Locale.forLanguageTag("de-AT"));
    }

    @Test
    void a_browser_asking_only_for_unsupported_languages_gets_the_tenants_default() {
        assertThat(Languages.resolve(
                        List.of(Locale.forLanguageTag("fr-FR"), Locale.forLanguageTag("it")),
                        List.of("en", "de"),
                        GERMAN))
                .isEqualTo(GERMAN);
        assertThat(Languages.resolve(List.of(), List.of("en"), Locale.ENGLISH)).isEqualTo(Locale.ENGLISH);
    }
}
