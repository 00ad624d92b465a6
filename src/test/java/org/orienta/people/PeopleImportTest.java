package org.orienta.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.orienta.IntegrationTest;
import org.orienta.TestUsers;
import org.orienta.base.InvalidInputException;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.test.context.support.WithUserDetails;

@IntegrationTest
@WithUserDetails(TestUsers.ADMIN)
class PeopleImportTest {

    @Autowired
    PeopleImport imports;

    @Autowired
    PersonRepository people;

    @Autowired
    DepartmentRepository departments;

    @Autowired
    PasswordEncoder passwordEncoder;

    private static byte[] csv(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void the_preview_says_what_happens_to_each_row_and_where_each_problem_is() {
        var preview = imports.preview(csv("""
                username,name,email,department,job_role,roles
                maria.lopez,María López,maria.lopez@example.com,Retail,Sales associate,TRAINEE
                tom,Tom Becker,not-an-address,Retail,,TRAINEE
                nadia,Nadia Haddad,nadia@example.com,Retail,,TRAINEE;CHIEF
                maria.lopez,Maria Again,maria.again@example.com,Retail,,
                anna,Anna Kowalski,anna@orienta.demo,Retail,Sales associate,TRAINEE
                """));

        assertThat(preview.rows()).extracting(PeopleImport.Row::line).containsExactly(2, 3, 4, 5, 6);
        assertThat(preview.rows().getFirst().action()).isEqualTo(PeopleImport.Action.NEW);
        assertThat(preview.problems())
                .extracting(p -> p.line() + " " + p.column() + " " + p.messageKey())
                .containsExactlyInAnyOrder(
                        "3 email person.email.invalid",
                        "4 roles import.people.unknownRole",
                        "5 username import.people.repeated");
        assertThat(preview.problems())
                .filteredOn(p -> p.line() == 5)
                .singleElement()
                .satisfies(p -> assertThat(p.arguments()).containsExactly(2));
    }

    @Test
    void a_missing_or_unknown_column_is_named_on_the_header_line() {
        var preview = imports.preview(csv("user,name,mail\na,b,c\n"));

        assertThat(preview.rows()).isEmpty();
        assertThat(preview.problems())
                .extracting(p -> p.line() + " " + p.column() + " " + p.messageKey())
                .contains(
                        "1 user import.people.unknownColumn",
                        "1 mail import.people.unknownColumn",
                        "1 username import.people.missingColumn",
                        "1 email import.people.missingColumn");
    }

    @Test
    void one_bad_row_imports_nothing() {
        assertThatThrownBy(() -> imports.importPeople(csv("""
                username,name,email,department
                new.one,New One,new.one@example.com,Retail
                new.two,New Two,broken,Retail
                """)))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.problems())
                                .singleElement()
                                .satisfies(p -> assertThat(p.field()).isEqualTo("line 3, email")));

        assertThat(people.findByUsername("new.one")).isEmpty();
    }

    @Test
    void an_import_adds_people_with_one_time_passwords_and_creates_missing_departments_and_job_roles() {
        var result = imports.importPeople(csv("""
                \uFEFFusername;name;email;department;job_role;roles
                maria.lopez;"López, María";maria.lopez@example.com;Harbour Hotel;Night receptionist;TRAINEE
                paul.meyer;Paul Meyer;paul.meyer@example.com;;;HR
                """));

        assertThat(result.added()).isEqualTo(2);
        var maria = people.findByUsername("maria.lopez").orElseThrow();
        assertThat(maria.displayName()).isEqualTo("López, María");
        assertThat(maria.department().name()).isEqualTo("Harbour Hotel");
        assertThat(maria.jobRole().name()).isEqualTo("Night receptionist");
        assertThat(maria.mustChangePassword()).isTrue();
        var password = result.newPeople().stream()
                .filter(p -> p.username().equals("maria.lopez"))
                .findFirst()
                .orElseThrow()
                .oneTimePassword();
        assertThat(passwordEncoder.matches(password, maria.passwordHash())).isTrue();
        assertThat(people.findByUsername("paul.meyer").orElseThrow().roles()).containsExactly(Role.HR);
    }

    @Test
    void importing_again_updates_people_by_username_or_email_instead_of_adding_them_twice() {
        imports.importPeople(csv("""
                username,name,email,department
                maria.lopez,María López,maria.lopez@example.com,Retail
                tom.becker,Tom Becker,tom.becker@example.com,Retail
                """));
        long before = people.count();

        var preview = imports.preview(csv("""
                username,name,email,department
                maria.lopez,María López-García,maria.lopez@example.com,Banking
                t.becker,Tom Becker,tom.becker@example.com,Retail
                """));
        assertThat(preview.rows())
                .extracting(PeopleImport.Row::action)
                .containsExactly(PeopleImport.Action.UPDATE, PeopleImport.Action.UPDATE);
        var result = imports.importPeople(csv("""
                username,name,email,department
                maria.lopez,María López-García,maria.lopez@example.com,Banking
                t.becker,Tom Becker,tom.becker@example.com,Retail
                """));

        assertThat(result.added()).isZero();
        assertThat(result.updated()).isEqualTo(2);
        assertThat(people.count()).isEqualTo(before);
        assertThat(people.findByUsername("maria.lopez")
                        .orElseThrow()
                        .department()
                        .name())
                .isEqualTo("Banking");
        assertThat(people.findByEmail("tom.becker@example.com").orElseThrow().username())
                .isEqualTo("t.becker");
        assertThat(imports.preview(csv("""
                username,name,email,department
                t.becker,Tom Becker,tom.becker@example.com,Retail
                """)).rows().getFirst().action()).isEqualTo(PeopleImport.Action.UNCHANGED);
    }

    @Test
    void an_unclosed_quote_names_the_line_it_opened_on() {
        assertThatThrownBy(() -> imports.preview(csv("username,name,email\na,\"Bob,b@example.com\nc,d,e\n")))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.problems().getFirst().arguments()).containsExactly(2));
    }

    @Test
    @WithUserDetails(TestUsers.HR)
    void only_an_administrator_imports_people() {
        assertThatThrownBy(() -> imports.preview(csv("username,name,email\n")))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> imports.importPeople(csv("username,name,email\n")))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void a_manager_may_be_someone_the_same_file_adds_and_an_unknown_one_is_named() {
        var preview = imports.preview(csv("""
                username,name,email,department,manager
                maria.lopez,María López,maria.lopez@example.com,Retail,nadia
                nadia,Nadia Haddad,nadia@example.com,Retail,
                tom,Tom Becker,tom@example.com,Retail,nobody.here
                """));
        assertThat(preview.problems()).singleElement().satisfies(p -> {
            assertThat(p.line()).isEqualTo(4);
            assertThat(p.column()).isEqualTo("manager");
            assertThat(p.messageKey()).isEqualTo("import.people.unknownManager");
        });

        imports.importPeople(csv("""
                username,name,email,department,manager
                maria.lopez,María López,maria.lopez@example.com,Retail,nadia
                nadia,Nadia Haddad,nadia@example.com,Retail,
                """));

        assertThat(people.findByUsername("maria.lopez").orElseThrow().manager().username())
                .isEqualTo("nadia");
        assertThat(people.findByUsername("nadia").orElseThrow().manager()).isNull();
    }
}
