package org.orienta.people.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.orienta.TestUsers;
import org.orienta.ViewTest;
import org.orienta.people.PeopleImport;
import org.springframework.security.test.context.support.WithUserDetails;

@WithUserDetails(TestUsers.ADMIN)
class PeopleImportDialogTest extends ViewTest {

    private PeopleImportDialog open() {
        navigate(PeopleView.class);
        test(find(Button.class).id("people-import-open")).click();
        return find(PeopleImportDialog.class).single();
    }

    @Test
    void a_file_with_problems_lists_them_by_line_and_column_and_cannot_be_imported() {
        var dialog = open();

        dialog.preview("username,name,email\nolivia,Olivia Novak,olivia-at-example\n".getBytes(StandardCharsets.UTF_8));

        assertThat(dialog.report.getElement().getTextRecursively())
                .contains("Line 2, email: This is not a valid e-mail address");
        assertThat(dialog.confirm.isEnabled()).isFalse();
    }

    @Test
    void a_good_file_imports_and_shows_each_new_persons_one_time_password_once() {
        var dialog = open();
        dialog.preview("""
                username,name,email,department
                olivia,Olivia Novak,olivia@example.com,Retail
                piet,Piet de Vries,piet@example.com,Retail
                """.getBytes(StandardCharsets.UTF_8));
        assertThat(dialog.report.getElement().getTextRecursively()).contains("2 new people");

        test(dialog.confirm).click();

        assertThat(dialog.report.getElement().getTextRecursively()).contains("Imported: 2 added, 0 updated");
        @SuppressWarnings("unchecked")
        Grid<PeopleImport.NewPerson> passwords = (Grid<PeopleImport.NewPerson>) dialog.report
                .getChildren()
                .filter(c -> c.getId().orElse("").equals("people-import-passwords"))
                .findFirst()
                .orElseThrow();
        assertThat(test(passwords).size()).isEqualTo(2);
        assertThat(test(passwords).getRow(0).oneTimePassword()).matches("[A-Za-z0-9]{4}(-[A-Za-z0-9]{4}){3}");
    }

    @Test
    void the_preview_shows_roles_manager_and_every_column_an_update_changes() {
        var first = open();
        first.preview("""
                username,name,email,department
                olivia,Olivia Novak,olivia@example.com,Retail
                piet,Piet de Vries,piet@example.com,Retail
                """.getBytes(StandardCharsets.UTF_8));
        test(first.confirm).click();

        // The same dialog takes the next file, as an administrator would after the first import.
        var dialog = first;
        dialog.preview("""
                username,name,email,department,roles,manager
                olivia,Olivia Novak,olivia@example.com,Retail,trainee;trainer,piet
                """.getBytes(StandardCharsets.UTF_8));

        @SuppressWarnings("unchecked")
        Grid<PeopleImport.Row> rows = (Grid<PeopleImport.Row>) dialog.report
                .getChildren()
                .filter(c -> c.getId().orElse("").equals("people-import-rows"))
                .findFirst()
                .orElseThrow();
        var headers = rows.getColumns().stream().map(c -> c.getHeaderText()).toList();
        assertThat(headers).contains("Roles", "Manager", "Changes");
        var grid = test(rows);
        assertThat(grid.getCellText(0, headers.indexOf("Roles"))).isEqualTo("Trainee, Trainer");
        assertThat(grid.getCellText(0, headers.indexOf("Manager"))).isEqualTo("piet");
        assertThat(grid.getCellText(0, headers.indexOf("Changes")))
                .isEqualTo("Roles: Trainee → Trainee, Trainer; Manager: (none) → piet");
    }
}
