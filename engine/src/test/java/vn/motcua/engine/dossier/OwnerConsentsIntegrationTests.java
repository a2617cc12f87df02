package vn.motcua.engine.dossier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import vn.motcua.engine.audit.AuditEntry;
import vn.motcua.engine.audit.AuditTrail;
import vn.motcua.workflows.onestop.OneStopModel;

/**
 * A permanent residence into someone's household waits, once reception has accepted it, for the
 * head's agreement: only the head the
 * declaration names sees and answers the request, once; agreeing sends the dossier on, declining
 * ends it refused.
 */
@SpringBootTest
class OwnerConsentsIntegrationTests {

    private static final Applicant AN = new Applicant("001092100001", "Nguyễn Văn An", "00004", "01");
    private static final String HEAD = "001150100018"; // on record as a household head

    @Autowired
    DossierService dossiers;
    @Autowired
    OwnerConsents consents;
    @Autowired
    RuntimeService runtime;
    @Autowired
    TaskService tasks;
    @Autowired
    HistoryService history;
    @Autowired
    ManagementService management;
    @Autowired
    AuditTrail audit;

    private Dossier intoTheHousehold() {
        Dossier d = dossiers.submit(AN, 2, new SubmitDossier("1.004222", "ONLINE", Map.of("diaChiThuongTru",
                "Số 4 Kim Mã, Phường Ba Đình, Thành phố Hà Nội", "truongHop", "JOIN_FAMILY", "soDinhDanhChuHo", HEAD,
                "quanHeVoiChuHo", "Con", "soDienThoai", "0912345678"), "consent-" + UUID.randomUUID()));
        TestDossiers.runJobs(management, d.processInstanceId());
        if (runtime.getActiveActivityIds(d.processInstanceId()).contains(OneStopModel.PAYMENT_CONFIRMED)) {
            runtime.createMessageCorrelation(OneStopModel.MESSAGE_PAYMENT_CONFIRMED).processInstanceBusinessKey(d.code())
                    .setVariable(OneStopModel.VAR_FEE_PAID, true).correlate();
            TestDossiers.runJobs(management, d.processInstanceId());
        }
        // the head is asked once reception has accepted the dossier
        assertThat(consents.pendingFor(HEAD)).noneMatch(r -> r.dossierCode().equals(d.code()));
        TestDossiers.completeTask(tasks, d.processInstanceId(), OneStopModel.RECEPTION,
                Map.of(OneStopModel.VAR_RECEPTION_DECISION, OneStopModel.ACCEPT));
        TestDossiers.runJobs(management, d.processInstanceId());
        return d;
    }

    @Test
    void onlyTheNamedHeadAnswersOnceAndAgreeingSendsTheDossierOn() {
        Dossier d = intoTheHousehold();
        assertThat(consents.pendingFor(HEAD)).anySatisfy(r -> {
            assertThat(r.dossierCode()).isEqualTo(d.code());
            assertThat(r.applicantName()).isEqualTo("Nguyễn Văn An");
            assertThat(r.address()).contains("Số 4 Kim Mã");
            assertThat(r.relation()).isEqualTo("Con");
        });
        assertThat(consents.pendingFor(AN.idNumber())).noneMatch(r -> r.dossierCode().equals(d.code()));
        // the applicant cannot agree in the head's place
        assertThatThrownBy(() -> consents.answer(AN.idNumber(), d.code(), true)).isInstanceOf(OwnerConsentRefusedException.class);

        consents.answer(HEAD, d.code(), true);
        TestDossiers.runJobs(management, d.processInstanceId());
        assertThat(consents.pendingFor(HEAD)).noneMatch(r -> r.dossierCode().equals(d.code()));
        assertThatThrownBy(() -> consents.answer(HEAD, d.code(), false)).as("answered once")
                .isInstanceOf(OwnerConsentRefusedException.class);
        assertThat(tasks.createTaskQuery().processInstanceId(d.processInstanceId()).taskDefinitionKey(OneStopModel.PROCESSING)
                .count()).as("the dossier goes on to the specialist").isEqualTo(1);
        assertThat(audit.eventsFor("DOSSIER", d.code())).filteredOn(e -> e.action().equals("OWNER_CONSENTED"))
                .extracting(AuditEntry::actor).containsExactly(HEAD);
    }

    @Test
    void decliningEndsTheDossierRefused() {
        Dossier d = intoTheHousehold();
        consents.answer(HEAD, d.code(), false);
        TestDossiers.runJobs(management, d.processInstanceId());
        assertThat(history.createHistoricProcessInstanceQuery().processInstanceId(d.processInstanceId()).singleResult().getEndTime())
                .isNotNull();
        assertThat(history.createHistoricVariableInstanceQuery().processInstanceId(d.processInstanceId()).variableName("outcome")
                .singleResult().getValue()).isEqualTo("REFUSED");
    }
}
