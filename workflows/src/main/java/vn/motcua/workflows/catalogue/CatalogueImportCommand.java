package vn.motcua.workflows.catalogue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import vn.motcua.workflows.flagship.ProcedureModels;

/**
 * {@code catalogue-import <procedures.jsonl> <output dir>}: writes {@code catalogue.json},
 * {@code problems.json} and one one-stop process model per procedure ({@code bpmn/<code>.bpmn}),
 * prints the counts. Needs no database. Exit codes: 0 imported (problems
 * are reported, not fatal), 2 wrong arguments or unreadable input or not JSON lines.
 */
public final class CatalogueImportCommand {

    private CatalogueImportCommand() {
    }

    public static void main(String[] args) {
        System.exit(run(args, System.out, System.err));
    }

    static int run(String[] args, PrintStream out, PrintStream err) {
        if (args.length != 2) {
            err.println("Usage: catalogue-import <procedures.jsonl> <output directory>");
            return 2;
        }
        Path input = Path.of(args[0]);
        Path outputDir = Path.of(args[1]);
        if (!Files.isRegularFile(input) || !Files.isReadable(input)) {
            err.println("Cannot read " + input + ": no such readable file.");
            return 2;
        }
        CatalogueImporter.Result result;
        try (BufferedReader reader = strictUtf8(input)) {
            result = new CatalogueImporter().read(reader);
        } catch (CharacterCodingException e) {
            err.println(input + " is not JSON lines: it is not UTF-8 text.");
            return 2;
        } catch (NotProcedureJsonLinesException e) {
            err.println(input + " is not the portal's JSON-lines format: " + e.getMessage() + ".");
            return 2;
        } catch (IOException e) {
            err.println("Cannot read " + input + ": " + e.getMessage());
            return 2;
        }
        try {
            write(result, outputDir);
        } catch (IOException e) {
            err.println("Cannot write to " + outputDir + ": " + e.getMessage());
            return 2;
        }
        out.printf("Imported %d procedures from %d lines into %s%n",
                result.entries().size(), result.lines(), outputDir.resolve("catalogue.json"));
        out.printf("Wrote %d one-stop process models into %s%n", result.entries().size(), outputDir.resolve("bpmn"));
        out.printf("%d problems (details in %s):%n", result.problems().count(), outputDir.resolve("problems.json"));
        result.problems().countsByField().forEach((field, n) -> out.printf("  %-22s %5d%n", field, n));
        return 0;
    }

    private static BufferedReader strictUtf8(Path input) throws IOException {
        var decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        return new BufferedReader(Channels.newReader(FileChannel.open(input), decoder, -1));
    }

    private static void write(CatalogueImporter.Result result, Path outputDir) throws IOException {
        Files.createDirectories(outputDir);
        ObjectMapper json = CatalogueJson.mapper().enable(SerializationFeature.INDENT_OUTPUT);
        json.writeValue(outputDir.resolve("catalogue.json").toFile(), result.entries());
        json.writeValue(outputDir.resolve("problems.json").toFile(), result.problems().all());
        Path bpmn = Files.createDirectories(outputDir.resolve("bpmn"));
        for (CatalogueEntry entry : result.entries()) {
            // the file name is the procedure code, made safe for any file system
            Files.writeString(bpmn.resolve(entry.code().replaceAll("[^A-Za-z0-9.]", "_") + ".bpmn"),
                    ProcedureModels.xml(entry));
        }
    }
}
