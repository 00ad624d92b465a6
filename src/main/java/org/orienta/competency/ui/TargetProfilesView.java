package org.orienta.competency.ui;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.Locale;
import org.orienta.base.Roles;
import org.orienta.competency.CompetencyDefinition;
import org.orienta.competency.CompetencyService;
import org.orienta.competency.TargetProfile;
import org.orienta.people.JobRoleOption;
import org.orienta.people.PeopleService;

/** HR sets, per job role, the level each competency should reach; every change is saved at once. */
@Route("targets")
@RolesAllowed({Roles.HR, Roles.ADMIN})
@Menu(order = 60, title = "nav.targets", icon = "vaadin:bullseye")
class TargetProfilesView extends Div implements HasDynamicTitle {

    final ComboBox<JobRoleOption> jobRole = new ComboBox<>();
    final Grid<CompetencyDefinition> grid = new Grid<>();
    private final transient CompetencyService competencies;
    private TargetProfile profile = new TargetProfile(java.util.Map.of(), true);

    TargetProfilesView(CompetencyService competencies, PeopleService people) {
        this.competencies = competencies;
        addClassName("orienta-page");
        setId("target-profiles");
        add(new Paragraph(getTranslation("targets.intro")));
        jobRole.setLabel(getTranslation("targets.jobRole"));
        jobRole.setItems(people.jobRoles());
        jobRole.setItemLabelGenerator(JobRoleOption::name);
        jobRole.setId("target-job-role");
        jobRole.addValueChangeListener(e -> show());
        grid.setId("target-grid");
        grid.setAllRowsVisible(true);
        grid.addColumn(c ->
                        getTranslation("text.meta", c.code().value(), c.name().in(getLocale())))
                .setHeader(getTranslation("targets.competency"))
                .setFlexGrow(3);
        grid.addComponentColumn(this::levelSelect)
                .setHeader(getTranslation("targets.level"))
                .setFlexGrow(1);
        grid.setItems(competencies.framework().competencies());
        grid.setVisible(false);
        add(jobRole, grid);
        people.jobRoles().stream().findFirst().ifPresent(jobRole::setValue);
    }

    private void show() {
        grid.setVisible(jobRole.getValue() != null);
        if (jobRole.getValue() != null) {
            profile = competencies.targets(jobRole.getValue().id());
            grid.getDataProvider().refreshAll();
        }
    }

    private Select<Integer> levelSelect(CompetencyDefinition competency) {
        var select = new Select<Integer>();
        select.setItems(List.of(1, 2, 3, 4));
        select.setItemLabelGenerator(level -> getTranslation("level." + level));
        select.setValue(profile.target(competency.code()));
        select.setAriaLabel(getTranslation("targets.levelFor", competency.name().in(getLocale())));
        select.setId("target-" + competency.code().value().toLowerCase(Locale.ROOT));
        select.addValueChangeListener(e -> {
            if (e.isFromClient() && jobRole.getValue() != null) {
                competencies.setTarget(jobRole.getValue().id(), competency.code(), e.getValue());
                var n = Notification.show(
                        getTranslation(
                                "targets.saved", competency.code().value(), getTranslation("level." + e.getValue())),
                        2500,
                        Notification.Position.BOTTOM_START);
                n.addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            }
        });
        return select;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("targets.title");
    }
}
