package io.stackup.core.settings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/** An accent colour must be #rrggbb and dark enough for white text (WCAG AA, 4.5:1). */
class AccentColoursTest {

    @Test
    void contrast_with_white_runs_from_one_for_white_to_twenty_one_for_black() {
        assertThat(AccentColours.contrastWithWhite("#ffffff")).isCloseTo(1.0, within(0.001));
        assertThat(AccentColours.contrastWithWhite("#000000")).isCloseTo(21.0, within(0.001));
        assertThat(AccentColours.contrastWithWhite("#767676")).isCloseTo(4.54, within(0.01));
    }

    @Test
    void a_dark_colour_fits_and_a_light_or_malformed_one_is_refused_saying_why() {
        assertThat(AccentColours.problem("#0b5394")).isNull();
        assertThat(AccentColours.problem("#767676")).isNull();
        assertThat(AccentColours.problem("#777777")).contains("too light").contains("4.5:1");
        assertThat(AccentColours.problem("#FFD700")).contains("#ffd700").contains("1.4:1");
        assertThat(AccentColours.problem("red")).contains("#rrggbb");
        assertThat(AccentColours.problem("#12345")).contains("#rrggbb");
        assertThat(AccentColours.problem("#1234567")).contains("#rrggbb");
    }
}
