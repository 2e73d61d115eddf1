package io.stackup.core.template;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;

class DraftVersionsTest {

    @Test
    void a_semantic_version_proposes_the_next_minor_that_is_not_published() {
        assertThat(DraftVersions.next("1.2.3", v -> false)).isEqualTo("1.3.0");
        assertThat(DraftVersions.next("0.1.0", Set.of("0.2.0", "0.3.0")::contains))
                .isEqualTo("0.4.0");
    }

    @Test
    void any_other_version_is_kept_for_the_author_to_change() {
        assertThat(DraftVersions.next("2026-spring", v -> false)).isEqualTo("2026-spring");
        assertThat(DraftVersions.next("1.0", v -> false)).isEqualTo("1.0");
    }
}
