package vn.motcua.ui.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.StringReader;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The reading of {@code perf script} output that the submission benchmark's perf round prints. */
class PerfProfileTests {

    private static final String SCRIPT = """
            camundaTaskExec 30363\s
            \t    7f1b99c88a6f void org.apache.pdfbox.pdfwriter.COSWriter.write(org.apache.pdfbox.pdmodel.PDDocument)
            \t    7f1b954f27a4 byte[] vn.motcua.engine.document.DocumentRenderer.render(vn.motcua.engine.document.AdministrativeDocument)
            \t    7f1b95453f3c void vn.motcua.engine.workflow.RegisterDossierDelegate.execute(org.camunda.bpm.engine.delegate.DelegateExecution)

            http-nio-auto-1   717\s
            \t    ffffffff8a200000 entry_SYSCALL_64_after_hwframe
            \t    7f1b99c88a6f int org.mariadb.jdbc.client.impl.StandardClient.readPacket(boolean)
            \t    7f1b954f27a4 int org.jooq.impl.AbstractQuery.execute()
            \t    7f1b95453f3c vn.motcua.engine.dossier.Dossier vn.motcua.engine.dossier.DossierService.submit(vn.motcua.engine.dossier.Applicant)

            mariadbd 30233\s
            \t    55e0c0a1b2c3 mysql_parse(THD*, char*, unsigned int, Parser_state*)
            \t    55e0c0a1b2c4 dispatch_command(enum_server_command, THD*, char*, unsigned int, bool)

            HttpClient-10-W 28000\s
            \t    7f1b99c88a6f void jdk.internal.net.http.Http1Exchange.sendHeadersAsync()

            C2 CompilerThre 29902\s
            \t    7f1b99c88a6f Compile::Optimize()
            """;

    @Test
    void samplesAreCountedByThreadStageAndSqlLibraryWithoutTheLoadGenerator() throws Exception {
        PerfProfile.Summary summary = PerfProfile.read(new BufferedReader(new StringReader(SCRIPT)),
                thread -> thread.startsWith("HttpClient"));

        assertThat(summary.samples()).isEqualTo(4);
        assertThat(summary.byThreadGroup()).containsOnly(
                Map.entry("MotCua job executor (registration, receipt)", 1), Map.entry("MotCua HTTP request threads", 1),
                Map.entry("mariadbd", 1), Map.entry("JIT compilers", 1));
        // the receipt's stage wins over the registration step beneath it; SQL over the filing beneath it
        assertThat(summary.byStage()).containsOnly(Map.entry(CpuProfile.Stage.RENDERING, 1), Map.entry(CpuProfile.Stage.SQL, 1));
        // a system call under the driver is the socket's time, not the driver's
        assertThat(summary.sqlByLibrary()).containsOnly(Map.entry("kernel (socket, futex)", 1));
        assertThat(summary.report(10.0, 5)).contains("mysql_parse", "dispatch_command")
                .contains(" 25.0 %    2.50 ms  mariadbd");
    }
}
