package vn.motcua.ui.studio;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.motcua.engine.catalogue.ProcedureCatalogue;
import vn.motcua.engine.staff.StaffMember;
import vn.motcua.engine.staff.StaffRole;
import vn.motcua.engine.studio.DossierMigration;
import vn.motcua.engine.studio.Finding;
import vn.motcua.engine.studio.ModelDiff;
import vn.motcua.engine.studio.ModelDraft;
import vn.motcua.engine.studio.ModelVersion;
import vn.motcua.engine.studio.PolicyStudio;
import vn.motcua.engine.studio.StepFigures;
import vn.motcua.engine.studio.StudioAccessDeniedException;
import vn.motcua.engine.studio.StudioRefusedException;
import vn.motcua.ui.base.MainLayout;
import vn.motcua.ui.identity.CurrentUser;

/**
 * A procedure's model page: the live diagram with the dossiers waiting at each step and the
 * average time spent there, the version history with any two versions compared (coloured on the
 * diagram and listed), the review of a submitted draft (for a leader or an administrator who did
 * not write it), and moving open dossiers between versions (policy staff).
 */
@Route(value = "quy-trinh/:code", layout = MainLayout.class)
@RolesAllowed({"POLICY", "LEADER", "ADMIN"})
public class ModelView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    static final String CODE = "code";

    private final PolicyStudio studio;
    private final StepFigures figures;
    private final DossierMigration migration;
    private final ProcedureCatalogue catalogue;
    private final StaffMember staff;
    private String code;
    private String title = "";

    public ModelView(CurrentUser currentUser, PolicyStudio studio, StepFigures figures, DossierMigration migration,
                     ProcedureCatalogue catalogue) {
        this.studio = studio;
        this.figures = figures;
        this.migration = migration;
        this.catalogue = catalogue;
        this.staff = currentUser.require().staff().orElseThrow();
        setId("studio-model");
        addClassName("motcua-page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        code = event.getRouteParameters().get(CODE).orElse("");
        var entry = catalogue.find(code);
        if (entry.isEmpty()) {
            event.rerouteToError(com.vaadin.flow.router.NotFoundException.class);
            return;
        }
        title = entry.get().title();
        removeAll();
        build();
    }

    private void build() {
        List<ModelVersion> versions = studio.versions(staff, code);
        ModelVersion live = versions.get(versions.size() - 1);
        add(new H1(code + " — " + title));
        Paragraph liveLine = new Paragraph(getTranslation("studio.liveLine", String.valueOf(live.version()),
                getTranslation("studio.origin." + live.origin().name())));
        liveLine.setId("studio-live-version");
        add(liveLine);
        if (staff.has(StaffRole.POLICY)) {
            RouterLink edit = new RouterLink(getTranslation("studio.edit"), ModelEditorView.class, new RouteParameters(CODE, code));
            edit.setId("studio-edit");
            add(new Paragraph(edit));
        }
        // the live diagram with its figures
        add(new H2(getTranslation("studio.diagram")));
        BpmnDiagram diagram = new BpmnDiagram("studio-diagram", getTranslation("studio.diagramLabel", code));
        StepFigures.Figures f = figures.of(staff, code);
        Map<String, String> averages = new HashMap<>();
        f.averageTime().forEach((id, d) -> averages.put(id, "⌀ " + StudioFormat.duration(d, this::getTranslation)));
        diagram.show(studio.modelXml(staff, code, 0), f.waiting(), averages);
        add(new Paragraph(getTranslation("studio.figuresLegend")), diagram);
        Grid<Map.Entry<String, Long>> waiting = new Grid<>();
        waiting.setId("studio-waiting");
        waiting.addColumn(Map.Entry::getKey).setHeader(getTranslation("studio.step"));
        waiting.addColumn(Map.Entry::getValue).setHeader(getTranslation("studio.waitingNow"));
        waiting.setItems(f.waiting().entrySet().stream().sorted(Map.Entry.comparingByKey()).toList());
        waiting.setAllRowsVisible(true);
        add(waiting);

        reviewSection(live);
        versionsSection(versions);
        if (staff.has(StaffRole.POLICY) && versions.size() > 1) {
            migrationSection(versions);
        }
    }

    private void versionsSection(List<ModelVersion> versions) {
        add(new H2(getTranslation("studio.versions")));
        Grid<ModelVersion> grid = new Grid<>();
        grid.setId("studio-versions");
        grid.addColumn(ModelVersion::version).setHeader(getTranslation("studio.version")).setAutoWidth(true);
        grid.addColumn(v -> getTranslation("studio.origin." + v.origin().name())).setHeader(getTranslation("studio.origin"));
        grid.addColumn(v -> v.authorName() == null ? "MotCua" : v.authorName()).setHeader(getTranslation("studio.author"));
        grid.addColumn(v -> v.approverName() == null ? "–" : v.approverName()).setHeader(getTranslation("studio.approver"));
        grid.addColumn(v -> StudioFormat.time(v.publishedAt())).setHeader(getTranslation("studio.date"));
        grid.addColumn(v -> v.changeNote() == null ? "–" : v.changeNote()).setHeader(getTranslation("studio.note")).setFlexGrow(2);
        grid.addColumn(ModelVersion::openDossiers).setHeader(getTranslation("studio.openDossiers"));
        if (staff.has(StaffRole.POLICY) && versions.size() > 1) {
            // rollback: an earlier version becomes the draft, and goes through the same review
            int seenRevision = studio.draft(staff, code).map(ModelDraft::revision).orElse(1);
            grid.addComponentColumn(v -> {
                Button redraft = new Button(getTranslation("studio.redraft"), e -> {
                    try {
                        studio.draftFromVersion(staff, code, v.version(), seenRevision);
                        UI.getCurrent().navigate(ModelEditorView.class, new RouteParameters(CODE, code));
                    } catch (StudioRefusedException ex) {
                        Notification.show(String.join("; ", ex.fieldErrors().values()), 6000, Notification.Position.TOP_CENTER);
                    }
                });
                redraft.setId("studio-redraft-" + v.version());
                redraft.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
                return redraft;
            }).setAutoWidth(true);
        }
        grid.setItems(versions);
        grid.setAllRowsVisible(true);
        add(grid);
        if (versions.size() < 2) {
            return;
        }
        Select<Integer> from = versionSelect("studio-compare-from", getTranslation("studio.compareFrom"), versions);
        Select<Integer> to = versionSelect("studio-compare-to", getTranslation("studio.compareTo"), versions);
        from.setValue(versions.get(versions.size() - 2).version());
        to.setValue(versions.get(versions.size() - 1).version());
        Div result = new Div();
        Button compare = new Button(getTranslation("studio.compare"), e -> {
            result.removeAll();
            showDiff(result, "studio-version-diff", studio.modelXml(staff, code, from.getValue()),
                    studio.modelXml(staff, code, to.getValue()));
        });
        compare.setId("studio-compare");
        add(new HorizontalLayout(from, to, compare), result);
    }

    private Select<Integer> versionSelect(String id, String label, List<ModelVersion> versions) {
        Select<Integer> select = new Select<>();
        select.setId(id);
        select.setLabel(label);
        select.setItems(versions.stream().map(ModelVersion::version).toList());
        return select;
    }

    /** The after-version drawn with the changes coloured, and the list of changes. */
    private void showDiff(Div into, String id, String beforeXml, String afterXml) {
        List<ModelDiff.Change> changes = ModelDiff.between(beforeXml, afterXml);
        BpmnDiagram diagram = new BpmnDiagram(id, getTranslation("studio.diffLabel"));
        diagram.show(afterXml, Map.of(), Map.of());
        diagram.colour(ids(changes, ModelDiff.Kind.ADDED), ids(changes, ModelDiff.Kind.CHANGED), ids(changes, ModelDiff.Kind.REMOVED));
        Grid<ModelDiff.Change> list = new Grid<>();
        list.setId(id + "-changes");
        list.addColumn(c -> getTranslation("studio.diff." + c.kind().name())).setHeader(getTranslation("studio.change")).setAutoWidth(true);
        list.addColumn(c -> (c.elementName() == null ? "" : c.elementName() + " ") + "(" + c.elementId() + ")")
                .setHeader(getTranslation("studio.element")).setFlexGrow(2);
        list.addColumn(c -> c.property() == null ? "–" : c.property()).setHeader(getTranslation("studio.property"));
        list.addColumn(c -> c.before() == null ? "–" : c.before()).setHeader(getTranslation("studio.before")).setFlexGrow(2);
        list.addColumn(c -> c.after() == null ? "–" : c.after()).setHeader(getTranslation("studio.after")).setFlexGrow(2);
        list.setItems(changes);
        list.setAllRowsVisible(true);
        into.add(new Paragraph(getTranslation("studio.diffLegend", String.valueOf(changes.size()))), diagram, list);
    }

    private static Set<String> ids(List<ModelDiff.Change> changes, ModelDiff.Kind kind) {
        return changes.stream().filter(c -> c.kind() == kind).map(ModelDiff.Change::elementId)
                .collect(java.util.stream.Collectors.toSet());
    }

    /** For a reviewer: the submitted draft, its diff against the live model, its validation, approve or send back. */
    private void reviewSection(ModelVersion live) {
        var draft = studio.draft(staff, code);
        if (draft.isEmpty()) {
            return;
        }
        ModelDraft d = draft.get();
        add(new H2(getTranslation("studio.review")));
        Paragraph state = new Paragraph(getTranslation("studio.draftLine", getTranslation("studio.draft." + d.state().name()),
                d.editorName(), StudioFormat.time(d.updatedAt()), String.valueOf(d.revision())));
        state.setId("studio-draft-state");
        add(state);
        if (d.state() != ModelDraft.State.SUBMITTED) {
            if (d.reviewComment() != null) {
                add(new Paragraph(getTranslation("studio.sentBackWith", d.reviewComment())));
            }
            return;
        }
        add(new Paragraph(getTranslation("studio.submittedBy", d.authorName(), d.changeNote())));
        List<Finding> findings = studio.validateDraft(staff, code);
        Paragraph validation = new Paragraph(findings.isEmpty() ? getTranslation("studio.valid")
                : getTranslation("studio.invalid", String.valueOf(findings.size())));
        validation.setId("studio-review-validation");
        add(validation);
        Div diff = new Div();
        diff.setId("studio-review");
        showDiff(diff, "studio-review-diff", studio.modelXml(staff, code, 0), d.bpmnXml());
        add(diff);
        boolean reviewer = (staff.has(StaffRole.LEADER) || staff.has(StaffRole.ADMIN)) && !staff.idNumber().equals(d.authorId());
        if (!reviewer) {
            return;
        }
        TextArea comment = new TextArea(getTranslation("studio.reviewComment"));
        comment.setId("studio-review-comment");
        comment.setWidthFull();
        Button approve = new Button(getTranslation("studio.approve"), e -> act(() -> {
            ModelVersion published = studio.approve(staff, code);
            Notification.show(getTranslation("studio.approved", String.valueOf(published.version())), 5000, Notification.Position.TOP_CENTER);
        }, comment));
        approve.setId("studio-approve");
        approve.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        approve.setEnabled(findings.isEmpty());
        Button sendBack = new Button(getTranslation("studio.sendBack"), e -> act(() -> studio.sendBack(staff, code, comment.getValue()), comment));
        sendBack.setId("studio-send-back");
        add(comment, new HorizontalLayout(approve, sendBack));
    }

    private void act(Runnable action, TextArea field) {
        try {
            action.run();
            UI.getCurrent().refreshCurrentRoute(false);
        } catch (StudioRefusedException e) {
            field.setInvalid(true);
            field.setErrorMessage(String.join("; ", e.fieldErrors().values()));
        } catch (StudioAccessDeniedException e) {
            Notification.show(e.getMessage(), 5000, Notification.Position.TOP_CENTER);
        }
    }

    /** Policy staff move open dossiers from one version to another, with progress; each dossier's timeline records it. */
    private void migrationSection(List<ModelVersion> versions) {
        add(new H2(getTranslation("studio.migration")));
        add(new Paragraph(getTranslation("studio.migrationIntro")));
        Select<Integer> from = versionSelect("studio-migrate-from", getTranslation("studio.migrateFrom"), versions);
        Select<Integer> to = versionSelect("studio-migrate-to", getTranslation("studio.migrateTo"), versions);
        from.setValue(versions.get(versions.size() - 2).version());
        to.setValue(versions.get(versions.size() - 1).version());
        Div result = new Div();
        result.setId("studio-migration-result");
        Button check = new Button(getTranslation("studio.migrationCheck"), e -> {
            result.removeAll();
            try {
                DossierMigration.Check c = migration.check(staff, code, from.getValue(), to.getValue());
                Grid<String> movable = new Grid<>();
                movable.setId("studio-movable");
                movable.setSelectionMode(Grid.SelectionMode.MULTI);
                movable.addColumn(s -> s).setHeader(getTranslation("studio.dossier"));
                movable.setItems(c.movable());
                movable.setAllRowsVisible(true);
                Paragraph blocked = new Paragraph(getTranslation("studio.blocked", String.valueOf(c.blocked().size()),
                        c.blocked().entrySet().stream().map(b -> b.getKey() + " (" + b.getValue() + ")")
                                .collect(java.util.stream.Collectors.joining(", "))));
                ProgressBar progress = new ProgressBar(0, Math.max(1, c.movable().size()));
                progress.setId("studio-migration-progress");
                Span done = new Span();
                done.setId("studio-migration-done");
                Button move = new Button(getTranslation("studio.migrate"));
                move.addClickListener(click -> migrate(move, progress, done, from.getValue(), to.getValue(),
                        movable.getSelectedItems().stream().sorted().toList()));
                move.setId("studio-migrate");
                move.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
                result.add(new Paragraph(getTranslation("studio.movable", String.valueOf(c.movable().size()))), movable,
                        blocked, move, progress, done);
            } catch (StudioRefusedException ex) {
                result.add(new Paragraph(String.join("; ", ex.fieldErrors().values())));
            }
        });
        check.setId("studio-migration-check");
        add(new HorizontalLayout(from, to, check), result);
    }

    /**
     * Moves the chosen dossiers in the background, a chunk per transaction; the page polls and the
     * progress bar follows. The result (or the refusal) replaces the progress when done.
     */
    private void migrate(Button move, ProgressBar progress, Span done, int fromVersion, int toVersion, List<String> chosen) {
        UI ui = UI.getCurrent();
        move.setEnabled(false);
        progress.setMax(Math.max(1, chosen.size()));
        progress.setValue(0);
        done.setText(getTranslation("studio.migrating", String.valueOf(chosen.size())));
        ui.setPollInterval(400);
        migration.migrateInBackground(staff, code, fromVersion, toVersion, chosen, n -> ui.access(() -> progress.setValue(n)))
                .whenComplete((moved, failure) -> ui.access(() -> {
                    // in the UI's thread: translations need the session
                    Throwable cause = failure instanceof java.util.concurrent.CompletionException ? failure.getCause() : failure;
                    if (cause == null) {
                        done.setText(getTranslation("studio.migrated", String.valueOf(moved), String.valueOf(toVersion)));
                    } else if (cause instanceof StudioRefusedException refused) {
                        done.setText(String.join("; ", refused.fieldErrors().values()));
                    } else {
                        done.setText(getTranslation("studio.migrationFailed"));
                        org.slf4j.LoggerFactory.getLogger(ModelView.class).error("Migration of {} failed", code, cause);
                    }
                    move.setEnabled(true);
                    ui.setPollInterval(-1);
                }));
    }

    @Override
    public String getPageTitle() {
        return code + " | " + getTranslation("studio.title") + " | MotCua";
    }
}
