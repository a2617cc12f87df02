package vn.motcua.ui.citizen;

import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import vn.motcua.engine.document.DocumentService;
import vn.motcua.ui.base.MainLayout;
import vn.motcua.ui.identity.CurrentUser;

/** "Văn bản của tôi": the signed documents issued to the citizen, to download. */
@Route(value = "ca-nhan/van-ban", layout = MainLayout.class)
@PermitAll
public class MyDocumentsView extends Main implements HasDynamicTitle {

    public MyDocumentsView(CurrentUser currentUser, DocumentService documents) {
        setId("my-documents-view");
        addClassName("motcua-page");
        String idNumber = currentUser.require().idNumber();
        DocumentList grid = new DocumentList(documents, idNumber, documents.forApplicant(idNumber));
        grid.setId("my-documents");
        add(new H1(getTranslation("documents.heading")), new Paragraph(getTranslation("documents.lead")), grid);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("documents.heading") + " | MotCua";
    }
}
