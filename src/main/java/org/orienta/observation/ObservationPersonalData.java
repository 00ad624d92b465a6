package org.orienta.observation;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import org.orienta.people.PeopleService;
import org.orienta.people.PersonId;
import org.orienta.people.PersonalDataPart;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The observations of a person in their data download: one row per answered behaviour, with the
 * observation's day, source, observer (a mystery shopper stays unnamed, as on the page), the note and
 * the person's own comment, and whether it was voided.
 */
@Component
class ObservationPersonalData implements PersonalDataPart {

    private final ObservationRepository observations;
    private final PeopleService people;

    ObservationPersonalData(ObservationRepository observations, PeopleService people) {
        this.observations = observations;
        this.people = people;
    }

    @Override
    public String name() {
        return "observations";
    }

    @Override
    public List<String> columns() {
        return List.of(
                "observation",
                "checklist",
                "version",
                "source",
                "observed_on",
                "observer",
                "channel",
                "branch",
                "behaviour",
                "answer",
                "note",
                "your_comment",
                "void_reason",
                "recorded_at");
    }

    @Override
    @Transactional(readOnly = true)
    public List<List<String>> rows(PersonId person) {
        var found = observations
                .findByPersonIdOrderByObservedOnDescIdDesc(person.value())
                .reversed();
        var ids = new HashSet<PersonId>();
        var branches = new HashSet<org.orienta.people.DepartmentId>();
        for (var o : found) {
            var observer = o.observer();
            if (observer != null && o.source() != ObservationSource.MYSTERY_SHOPPING) {
                ids.add(observer);
            }
            var branch = o.department();
            if (branch != null) {
                branches.add(branch);
            }
        }
        var names = people.rows(ids);
        var branchNames = people.departmentNames(branches);
        var rows = new ArrayList<List<String>>();
        for (var o : found) {
            var observer = o.observer();
            var observerRow =
                    observer == null || o.source() == ObservationSource.MYSTERY_SHOPPING ? null : names.get(observer);
            var branch = o.department();
            var channel = o.channel();
            for (var answer : o.answers()) {
                rows.add(List.of(
                        Long.toString(o.id().value()),
                        o.checklistKey(),
                        Integer.toString(o.checklistVersion()),
                        o.source().name(),
                        o.observedOn().toString(),
                        observerRow == null ? "" : observerRow.displayName(),
                        channel == null ? "" : channel.name(),
                        branch == null ? "" : branchNames.getOrDefault(branch, ""),
                        answer.behaviourId(),
                        answer.answer().name(),
                        text(answer.note()),
                        text(o.traineeComment()),
                        text(o.voidReason()),
                        o.recordedAt().toString()));
            }
        }
        return rows;
    }

    private static String text(@org.jspecify.annotations.Nullable String value) {
        return value == null ? "" : value;
    }
}
