package vn.motcua.ui.citizen;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import jakarta.annotation.security.PermitAll;
import java.io.ByteArrayInputStream;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import vn.motcua.engine.document.DocumentService;
import vn.motcua.engine.document.IssuedDocument;
import vn.motcua.ui.base.MainLayout;
import vn.motcua.ui.identity.CurrentUser;

/** "Văn bản của tôi": the signed documents issued to the citizen, to download. */
@Route(value = "ca-nhan/van-ban", layout = MainLayout.class)
@PermitAll
public class MyDocumentsView extends Main implements HasDynamicTitle {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm")
            .withZone(ZoneId.of("Asia/Ho_Chi_Minh"));

    public MyDocumentsView(CurrentUser currentUser, DocumentService documents) {
        setId("my-documents-view");
        addClassName("motcua-page");
        String idNumber = currentUser.require().idNumber();
        Grid<IssuedDocument> grid = new Grid<>();
        grid.setId("my-documents");
        grid.addColumn(d -> TIME.format(d.issuedAt())).setHeader(getTranslation("documents.issued-at")).setAutoWidth(true);
        grid.addColumn(IssuedDocument::title).setHeader(getTranslation("documents.title")).setFlexGrow(2);
        grid.addColumn(IssuedDocument::numberSymbol).setHeader(getTranslation("documents.number")).setAutoWidth(true);
        grid.addColumn(IssuedDocument::dossierCode).setHeader(getTranslation("documents.dossier")).setAutoWidth(true);
        grid.addComponentColumn(d -> {
            // the service checks again, at download time, that the document is this citizen's
            Anchor download = new Anchor(DownloadHandler.fromInputStream(event -> documents
                    .contentForApplicant(d.id(), idNumber)
                    .map(pdf -> new DownloadResponse(new ByteArrayInputStream(pdf), d.numberSymbol()
                            .replaceAll("[^A-Za-z0-9-]+", "_") + ".pdf", "application/pdf", pdf.length))
                    .orElse(DownloadResponse.error(404))), getTranslation("documents.download"));
            download.getElement().setAttribute("download", true);
            return download;
        }).setHeader("");
        grid.setItems(documents.forApplicant(idNumber));
        add(new H2(getTranslation("documents.heading")), new Paragraph(getTranslation("documents.lead")), grid);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("documents.heading") + " | MotCua";
    }
}
