package org.orienta.progress.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import jakarta.annotation.security.PermitAll;
import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import org.orienta.progress.privacy.PersonalDataService;

/** Download everything Orienta holds about me, as JSON or as CSV tables (reached from My account). */
@Route("my-data")
@PermitAll
class MyDataView extends Div implements HasDynamicTitle {

    MyDataView(PersonalDataService data) {
        setId("my-data");
        addClassName("orienta-page");
        var intro = new Paragraph(getTranslation("myData.intro"));
        var json = new Anchor(
                DownloadHandler.fromInputStream(event -> {
                    var bytes = PersonalDataService.json(data.mine("json"));
                    return new DownloadResponse(
                            new ByteArrayInputStream(bytes),
                            "orienta-my-data-" + LocalDate.now() + ".json",
                            "application/json",
                            bytes.length);
                }),
                getTranslation("myData.json"));
        json.setId("my-data-json");
        var csv = new Anchor(
                DownloadHandler.fromInputStream(event -> {
                    var bytes = PersonalDataService.csvZip(data.mine("csv"));
                    return new DownloadResponse(
                            new ByteArrayInputStream(bytes),
                            "orienta-my-data-" + LocalDate.now() + ".zip",
                            "application/zip",
                            bytes.length);
                }),
                getTranslation("myData.csv"));
        csv.setId("my-data-csv");
        var links = new Div(json, csv);
        links.addClassName("orienta-report-exports");
        var note = new Paragraph(getTranslation("myData.note"));
        note.addClassName("orienta-hint");
        add(new H2(getTranslation("myData.heading")), intro, links, note);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("myData.title");
    }
}
