package io.stackup.ui.prospect;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import io.stackup.core.prospect.Prospect;
import io.stackup.core.prospect.ProspectDraft;
import io.stackup.core.prospect.ProspectService;
import io.stackup.support.BrowserlessViewTest;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The prospects list and the new-prospect dialog, without a browser, as admin@demo.test. */
class ProspectsViewIT extends BrowserlessViewTest {

    @Autowired
    private ProspectService prospects;

    @Override
    protected String user() {
        return "admin@demo.test";
    }

    @Test
    void search_narrows_the_list_to_matching_prospects() {
        String marker = "Browserless " + UUID.randomUUID().toString().substring(0, 8);
        prospects.create(draft(marker + " Alpha"));
        prospects.create(draft(marker + " Beta"));

        navigate(ProspectsView.class);
        TextField search = $(TextField.class).id("prospect-search");
        Grid<Prospect> grid = grid();

        test(search).setValue(marker);
        assertThat(test(grid).size()).isEqualTo(2);
        test(search).setValue(marker + " Beta");
        assertThat(test(grid).size()).isEqualTo(1);
        assertThat(test(grid).getRow(0).name()).isEqualTo(marker + " Beta");
    }

    @Test
    void a_new_prospect_without_a_name_is_refused_next_to_the_field_and_nothing_is_saved() {
        navigate(ProspectsView.class);
        long before = prospects.count("");
        test($(Button.class).id("new-prospect")).click();
        test($(TextField.class).id("new-prospect-industry")).setValue("Logistics");
        test($(Button.class).id("new-prospect-create")).click();

        TextField name = $(TextField.class).id("new-prospect-name");
        assertThat(name.isInvalid()).isTrue();
        assertThat(name.getErrorMessage()).isEqualTo("a prospect needs a name");
        assertThat(prospects.count("")).isEqualTo(before);
    }

    @Test
    void more_employees_than_the_database_holds_are_refused_next_to_the_field() {
        navigate(ProspectsView.class);
        long before = prospects.count("");
        test($(Button.class).id("new-prospect")).click();
        test($(TextField.class).id("new-prospect-name")).setValue("Huge " + UUID.randomUUID());
        test($(IntegerField.class).id("new-prospect-employees")).setValue(200_000_000);
        test($(Button.class).id("new-prospect-create")).click();

        IntegerField employees = $(IntegerField.class).id("new-prospect-employees");
        assertThat(employees.isInvalid()).isTrue();
        assertThat(employees.getErrorMessage()).isEqualTo("must be between 0 and 100,000,000");
        assertThat(prospects.count("")).isEqualTo(before);
    }

    @Test
    void a_created_prospect_opens_its_page() {
        String name = "Browserless New " + UUID.randomUUID().toString().substring(0, 8);
        navigate(ProspectsView.class);
        test($(Button.class).id("new-prospect")).click();
        test($(TextField.class).id("new-prospect-name")).setValue(name);
        test($(Button.class).id("new-prospect-create")).click();

        assertThat(getCurrentView()).isInstanceOf(ProspectView.class);
        assertThat(prospects.find(name, 0, 10)).extracting(Prospect::name).containsExactly(name);
    }

    @SuppressWarnings("unchecked")
    private Grid<Prospect> grid() {
        return $(Grid.class).id("prospect-grid");
    }

    private static ProspectDraft draft(String name) {
        return new ProspectDraft(name, null, null, null, null, null);
    }
}
