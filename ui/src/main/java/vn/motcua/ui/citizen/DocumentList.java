package vn.motcua.ui.citizen;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import java.io.ByteArrayInputStream;
import java.util.List;
import vn.motcua.engine.document.DocumentService;
import vn.motcua.engine.document.IssuedDocument;
import vn.motcua.ui.base.CardColumns;
import vn.motcua.ui.base.DisplayTimes;

/** The citizen's signed documents with a download link each; the service checks ownership at download time. */
final class DocumentList extends Grid<IssuedDocument> {


    DocumentList(DocumentService documents, String idNumber, List<IssuedDocument> items) {
        CardColumns<IssuedDocument> columns = CardColumns.of(this);
        columns.text(getTranslation("documents.issued-at"), d -> DisplayTimes.MINUTE.format(d.issuedAt())).setAutoWidth(true);
        columns.text(getTranslation("documents.title"), IssuedDocument::title).setFlexGrow(2);
        columns.text(getTranslation("documents.number"), IssuedDocument::numberSymbol).setAutoWidth(true);
        columns.text(getTranslation("documents.dossier"), IssuedDocument::dossierCode).setAutoWidth(true);
        columns.component("", d -> {
            Anchor download = new Anchor(DownloadHandler.fromInputStream(event -> documents
                    .contentForApplicant(d.id(), idNumber)
                    .map(pdf -> new DownloadResponse(new ByteArrayInputStream(pdf), d.numberSymbol()
                            .replaceAll("[^A-Za-z0-9-]+", "_") + ".pdf", "application/pdf", pdf.length))
                    .orElse(DownloadResponse.error(404))), getTranslation("documents.download"));
            download.getElement().setAttribute("download", true);
            return download;
        });
        columns.stackOnNarrow();
        setItems(items);
        setAllRowsVisible(true);
    }
}
