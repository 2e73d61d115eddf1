package io.stackup.ui.lead;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import io.stackup.core.lead.LeadFilter;
import io.stackup.core.lead.LeadStatus;
import io.stackup.support.BrowserlessViewTest;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The queue's filters without a browser: an expert starts on the queue and may show their own leads or all, an admin
 * any status; the fields become the service's filter; a filter that matches nothing shows the explanation.
 */
class LeadsViewIT extends BrowserlessViewTest {

    @Override
    protected String user() {
        return "expert@demo.test";
    }

    @Test
    void an_expert_starts_on_the_queue_and_chooses_between_queue_mine_and_all() {
        LeadsView view = navigate(LeadsView.class);
        assertThat(view.filter()).isEqualTo(LeadFilter.queue());
        @SuppressWarnings("unchecked")
        Select<LeadsView.Show> show = $(Select.class).id("lead-status-filter");
        assertThat(show.getListDataView().getItems().map(LeadsView.Show::key)).containsExactly("queue", "mine", "all");

        show.setValue(show.getListDataView()
                .getItems()
                .filter(s -> s.key().equals("mine"))
                .findFirst()
                .orElseThrow());
        assertThat(view.filter().statuses()).isEmpty();
        assertThat(view.filter().holderEmail()).isEqualToIgnoringCase("expert@demo.test");
    }

    @Test
    void the_fields_become_the_services_filter() {
        LeadsView view = navigate(LeadsView.class);
        $(TextField.class).id("lead-search").setValue("  Contoso ");
        $(TextField.class).id("lead-offering-filter").setValue("Managed IAM");
        $(TextField.class).id("lead-interviewer-filter").setValue("interviewer@demo.test");
        $(IntegerField.class).id("lead-age-filter").setValue(5);

        LeadFilter filter = view.filter();
        assertThat(filter.search()).isEqualTo("Contoso");
        assertThat(filter.offering()).isEqualTo("Managed IAM");
        assertThat(filter.interviewerEmail()).isEqualTo("interviewer@demo.test");
        assertThat(filter.statuses()).containsExactly(LeadStatus.QUALIFIED);
        assertThat(filter.createdBefore())
                .isBetween(
                        Instant.now().minus(Duration.ofDays(5)).minusSeconds(60),
                        Instant.now().minus(Duration.ofDays(5)));
    }

    @Test
    void a_filter_that_matches_nothing_shows_the_explanation() {
        navigate(LeadsView.class);
        $(TextField.class).id("lead-search").setValue("no such prospect " + UUID.randomUUID());
        @SuppressWarnings("unchecked")
        Grid<?> grid = $(Grid.class).id("lead-grid");
        assertThat(test(grid).size()).isZero();
        assertThat(grid.getEmptyStateText()).contains("No leads match").contains("claim");
    }

    @Test
    void an_admin_may_show_every_status_including_disqualified_and_won() {
        signInAs("admin@demo.test", "demo");
        navigate(LeadsView.class);
        @SuppressWarnings("unchecked")
        Select<LeadsView.Show> show = $(Select.class).id("lead-status-filter");
        assertThat(show.getListDataView().getItems().map(LeadsView.Show::key))
                .contains("queue", "all", "disqualified", "claimed", "contacted", "proposal", "won", "lost")
                .doesNotContain("mine");
        assertThat(show.getListDataView()
                        .getItems()
                        .filter(s -> s.key().equals("disqualified"))
                        .findFirst()
                        .orElseThrow()
                        .statuses())
                .isEqualTo(Set.of(LeadStatus.DISQUALIFIED));
    }
}
