package org.orienta.facilitation;

import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import org.openpdf.text.Document;
import org.openpdf.text.PageSize;
import org.openpdf.text.pdf.PdfPCell;
import org.openpdf.text.pdf.PdfPTable;
import org.openpdf.text.pdf.PdfWriter;
import org.orienta.activity.ActivityDefinition;
import org.orienta.activity.Grouping;
import org.orienta.reporting.PdfText;

/**
 * The two printouts of a session: the facilitator's guide (the activity's guide with this session's
 * groups and the card each drew, then the cards to cut out) and the attendance sheet to sign. Set with
 * the reports' fonts ({@link PdfText}), so names and texts in Thai or Cyrillic print as they are.
 */
final class SessionPdf {

    /** The interface texts in the reader's language. */
    interface Text {
        String get(String key, Object... arguments);
    }

    private static final Color GREY = new Color(0x55, 0x55, 0x55);

    private SessionPdf() {}

    static byte[] guide(SessionDetails session, Text text, Locale locale, ZoneId zone) {
        var activity = session.activity();
        var out = new ByteArrayOutputStream();
        var document = new Document(PageSize.A4, 42, 42, 42, 42);
        PdfWriter.getInstance(document, out);
        document.open();
        var fonts = new PdfText();
        var w = new Writer(document, fonts, locale);
        w.line(activity.title().in(locale), 18, true, Color.BLACK);
        w.line(when(session, text, locale, zone), 10, false, GREY);
        w.line(text.get("sessions.pdf.where", session.place(), session.facilitatorName()), 10, false, GREY);
        if (session.cancelled()) {
            w.line(text.get("sessions.pdf.cancelled", String.valueOf(session.cancelReason())), 11, true, Color.RED);
        }
        w.heading(text.get("sessions.pdf.goal"));
        w.line(activity.goal().in(locale), 10, false, Color.BLACK);
        w.line(
                text.get(
                        "sessions.pdf.facts",
                        activity.minutes(),
                        activity.groupSize().fewest(),
                        activity.groupSize().most(),
                        session.participants().size()),
                10,
                false,
                Color.BLACK);
        if (!activity.materials().isEmpty()) {
            w.heading(text.get("sessions.pdf.materials"));
            activity.materials()
                    .forEach(m -> w.line(text.get("sessions.pdf.bullet", m.in(locale)), 10, false, Color.BLACK));
        }
        w.heading(text.get("sessions.pdf.steps"));
        int n = 1;
        for (ActivityDefinition.Step step : activity.steps()) {
            var minutes = step.minutes();
            w.line(
                    minutes == null
                            ? text.get("sessions.pdf.step", n, step.text().in(locale))
                            : text.get("sessions.pdf.stepTimed", n, step.text().in(locale), minutes),
                    10,
                    false,
                    Color.BLACK);
            n++;
        }
        w.heading(text.get(activity.grouping() == Grouping.PAIRS ? "sessions.pdf.pairs" : "sessions.pdf.teams"));
        if (session.groups().isEmpty()) {
            w.line(text.get("sessions.pdf.noGroups"), 10, false, GREY);
        }
        var cardNote = activity.cardNote();
        if (cardNote != null) {
            w.line(cardNote.in(locale), 10, false, GREY);
        }
        var groups = new PdfPTable(activity.cards().isEmpty() ? new float[] {20, 80} : new float[] {14, 36, 50});
        groups.setWidthPercentage(100);
        groups.setSpacingBefore(4);
        for (SessionGroups.Group group : session.groups()) {
            groups.addCell(w.cell(groupName(activity, group, text), 10, true));
            groups.addCell(w.cell(
                    String.join(
                            ", ", group.members().stream().map(session::name).toList()),
                    10,
                    false));
            var card = group.card();
            if (card != null) {
                groups.addCell(w.cell(card.text().in(locale), 10, false));
            }
        }
        if (!session.groups().isEmpty()) {
            w.add(groups);
        }
        w.heading(text.get("sessions.pdf.debrief"));
        activity.debrief().forEach(q -> w.line(text.get("sessions.pdf.bullet", q.in(locale)), 10, false, Color.BLACK));
        var checklist = activity.checklist();
        if (checklist != null) {
            w.heading(text.get("sessions.pdf.observe"));
            w.line(text.get("sessions.pdf.observeWith", checklist), 10, false, Color.BLACK);
        }
        if (!activity.cards().isEmpty() && !session.groups().isEmpty()) {
            // The cards to cut out and hand over, each marked with the group it belongs to.
            document.newPage();
            w.line(text.get("sessions.pdf.cardsTitle", activity.title().in(locale)), 14, true, Color.BLACK);
            if (cardNote != null) {
                w.line(cardNote.in(locale), 9, false, GREY);
            }
            var cards = new PdfPTable(2);
            cards.setWidthPercentage(100);
            cards.setSpacingBefore(8);
            for (SessionGroups.Group group : session.groups()) {
                var card = group.card();
                if (card == null) {
                    continue;
                }
                var inner = new PdfPTable(1);
                inner.addCell(w.cell(groupName(activity, group, text), 9, true));
                inner.addCell(w.cell(card.text().in(locale), 12, false));
                var holder = new PdfPCell(inner);
                holder.setPadding(10);
                holder.setMinimumHeight(110);
                holder.setBorderWidth(1);
                holder.setBorderColor(GREY);
                cards.addCell(holder);
            }
            cards.completeRow();
            w.add(cards);
        }
        if (fonts.hadMissing()) {
            w.line(text.get("sessions.pdf.missing", PdfText.MISSING), 8, false, GREY);
        }
        document.close();
        return out.toByteArray();
    }

    static byte[] attendance(SessionDetails session, Text text, Locale locale, ZoneId zone) {
        var out = new ByteArrayOutputStream();
        var document = new Document(PageSize.A4, 42, 42, 42, 42);
        PdfWriter.getInstance(document, out);
        document.open();
        var fonts = new PdfText();
        var w = new Writer(document, fonts, locale);
        w.line(
                text.get(
                        "sessions.pdf.attendanceTitle",
                        session.activity().title().in(locale)),
                16,
                true,
                Color.BLACK);
        w.line(when(session, text, locale, zone), 10, false, GREY);
        w.line(text.get("sessions.pdf.where", session.place(), session.facilitatorName()), 10, false, GREY);
        var table = new PdfPTable(new float[] {6, 34, 26, 24, 10});
        table.setWidthPercentage(100);
        table.setSpacingBefore(10);
        table.setHeaderRows(1);
        for (String header : List.of(
                text.get("sessions.pdf.col.number"),
                text.get("sessions.pdf.col.name"),
                text.get("sessions.pdf.col.department"),
                text.get("sessions.pdf.col.signature"),
                text.get("sessions.pdf.col.present"))) {
            var cell = w.cell(header, 9, true);
            cell.setBorder(PdfPCell.BOTTOM);
            table.addCell(cell);
        }
        int n = 1;
        for (ParticipantRow p : session.participants()) {
            var department = p.department();
            for (String value : List.of(
                    Integer.toString(n++),
                    p.name(),
                    department == null ? "" : department,
                    "",
                    switch (p.attendance()) {
                        case PRESENT -> text.get("sessions.pdf.present");
                        case ABSENT -> text.get("sessions.pdf.absent");
                        case UNMARKED -> "";
                    })) {
                var cell = w.cell(value, 10, false);
                cell.setBorder(PdfPCell.BOTTOM);
                cell.setBorderColor(GREY);
                cell.setMinimumHeight(26);
                table.addCell(cell);
            }
        }
        w.add(table);
        if (fonts.hadMissing()) {
            w.line(text.get("sessions.pdf.missing", PdfText.MISSING), 8, false, GREY);
        }
        document.close();
        return out.toByteArray();
    }

    private static String when(SessionDetails session, Text text, Locale locale, ZoneId zone) {
        return text.get("sessions.pdf.when", SessionTime.format(session.startsAt(), locale, zone), session.minutes());
    }

    private static String groupName(ActivityDefinition activity, SessionGroups.Group group, Text text) {
        return text.get(activity.grouping() == Grouping.PAIRS ? "sessions.pair" : "sessions.team", group.number());
    }

    /** Lines and cells set in the fonts of each script, without borders unless asked. */
    private record Writer(Document document, PdfText fonts, Locale locale) {

        void line(String value, float size, boolean bold, Color color) {
            var table = new PdfPTable(1);
            table.setWidthPercentage(100);
            var cell = new PdfPCell(fonts.phrase(value, size, bold, color));
            cell.setBorder(0);
            cell.setPaddingLeft(0);
            cell.setPaddingTop(size > 11 ? 4 : 1);
            cell.setRunDirection(PdfWriter.RUN_DIRECTION_LTR);
            table.addCell(cell);
            add(table);
        }

        void heading(String value) {
            var table = new PdfPTable(1);
            table.setWidthPercentage(100);
            table.setSpacingBefore(8);
            var cell = new PdfPCell(fonts.phrase(value, 12, true, Color.BLACK));
            cell.setBorder(0);
            cell.setPaddingLeft(0);
            cell.setRunDirection(PdfWriter.RUN_DIRECTION_LTR);
            table.addCell(cell);
            add(table);
        }

        PdfPCell cell(String value, float size, boolean bold) {
            var cell = new PdfPCell(fonts.phrase(value, size, bold, Color.BLACK));
            cell.setBorder(0);
            cell.setPadding(3);
            cell.setRunDirection(PdfWriter.RUN_DIRECTION_LTR);
            return cell;
        }

        void add(PdfPTable table) {
            document.add(table);
        }
    }
}
