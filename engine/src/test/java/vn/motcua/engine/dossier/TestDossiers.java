package vn.motcua.engine.dossier;

import static vn.motcua.workflows.onestop.OneStopModel.*;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
import vn.motcua.engine.attachment.AttachmentService;

/** What several engine tests need: a valid birth-registration form, and running a dossier's jobs. */
public final class TestDossiers {

    public static final byte[] PDF = "%PDF-1.7\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);

    private TestDossiers() {
    }

    /**
     * A complete birth-registration form filed by {@code applicantId} (the mother or father given),
     * with the applicant's own upload of the birth certificate.
     */
    public static Map<String, Object> birthForm(AttachmentService attachments, String applicantId, String childName,
                                                String fatherId, String motherId) {
        Map<String, Object> form = new HashMap<>();
        form.put("tenTre", childName);
        form.put("gioiTinh", "FEMALE");
        form.put("ngaySinh", LocalDate.now().minusDays(2).toString());
        form.put("noiSinh", "Bệnh viện Phụ sản");
        form.put("danToc", "Kinh");
        form.put("quocTich", "Việt Nam");
        if (fatherId != null) {
            form.put("soDinhDanhCha", fatherId);
        }
        form.put("soDinhDanhMe", motherId);
        form.put("coGiayChungSinh", "yes");
        form.put("giayChungSinh", List.of(attachments.store(applicantId, "gcs.pdf", PDF).id()));
        form.put("soDienThoai", "0905123456");
        return form;
    }

    /** What the job executor would do (tests run without it): every due non-timer job of the process. */
    public static void runJobs(ManagementService management, String processInstanceId) {
        for (int round = 0; round < 5; round++) {
            var jobs = management.createJobQuery().processInstanceId(processInstanceId).executable().messages().list();
            if (jobs.isEmpty()) {
                return;
            }
            jobs.forEach(job -> management.executeJob(job.getId()));
        }
    }

    /**
     * A registered-to-be dossier through the one-stop path to its signed result: fee paid,
     * registration, reception accepts, the specialist proposes {@code proposal}, the leader
     * approves, the result is issued.
     */
    public static void takeToResult(org.camunda.bpm.engine.RuntimeService runtime, org.camunda.bpm.engine.TaskService tasks,
                                    ManagementService management, String processInstanceId, String proposal) {
        runtime.setVariable(processInstanceId, VAR_FEE_PAID, true);
        runJobs(management, processInstanceId);
        completeTask(tasks, processInstanceId, RECEPTION, Map.of(VAR_RECEPTION_DECISION, ACCEPT));
        completeTask(tasks, processInstanceId, PROCESSING, Map.of(VAR_PROCESSING_DECISION, PROPOSE, VAR_PROPOSED_RESULT, proposal));
        completeTask(tasks, processInstanceId, APPROVAL, Map.of(VAR_APPROVAL_DECISION, APPROVE));
        runJobs(management, processInstanceId);
    }

    /** Completes the dossier's open task {@code taskKey} (the test fails if it is not open). */
    public static void completeTask(org.camunda.bpm.engine.TaskService tasks, String processInstanceId, String taskKey,
                                    Map<String, Object> variables) {
        var task = tasks.createTaskQuery().processInstanceId(processInstanceId).taskDefinitionKey(taskKey).singleResult();
        if (task == null) {
            throw new AssertionError("No open " + taskKey + " in " + processInstanceId);
        }
        tasks.complete(task.getId(), variables);
    }

    /** The text of a signed PDF as a reader extracts it, whitespace collapsed. */
    public static String pdfText(byte[] pdf) throws java.io.IOException {
        try (var document = org.apache.pdfbox.Loader.loadPDF(pdf)) {
            return new org.apache.pdfbox.text.PDFTextStripper().getText(document).replaceAll("\\s+", " ");
        }
    }
}
