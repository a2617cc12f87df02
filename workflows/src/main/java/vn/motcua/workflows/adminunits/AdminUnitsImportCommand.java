package vn.motcua.workflows.adminunits;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/**
 * {@code admin-units-import <units-34-provinces.json> <provinces-63.csv> <output.json>}: reduces the
 * published unit lists to the facts MotCua uses (codes, names, merges).
 */
public final class AdminUnitsImportCommand {

    private AdminUnitsImportCommand() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 3) {
            System.err.println("Usage: admin-units-import <units-34-provinces.json> <provinces-63.csv> <output.json>");
            System.exit(2);
        }
        AdminUnits units = read(Path.of(args[0]), Path.of(args[1]));
        new ObjectMapper().writeValue(Path.of(args[2]).toFile(), units);
        System.out.printf("%d provinces, %d wards, %d former provinces%n", units.provinces().size(),
                units.provinces().stream().mapToInt(p -> p.wards().size()).sum(), units.formerProvinces().size());
    }

    static AdminUnits read(Path provincesJson, Path formerCsv) throws IOException {
        List<AdminUnits.Province> provinces = new ArrayList<>();
        for (JsonNode p : new ObjectMapper().readTree(provincesJson.toFile())) {
            List<AdminUnits.Ward> wards = new ArrayList<>();
            for (JsonNode w : p.path("Wards")) {
                wards.add(new AdminUnits.Ward(w.path("Code").asText(), w.path("Name").asText(),
                        w.path("FullName").asText(), w.path("NameEn").asText(null)));
            }
            provinces.add(new AdminUnits.Province(p.path("Code").asText(), p.path("Name").asText(),
                    p.path("FullName").asText(), p.path("NameEn").asText(null), wards));
        }
        List<AdminUnits.FormerProvince> former = new ArrayList<>();
        try (Reader in = Files.newBufferedReader(formerCsv, StandardCharsets.UTF_8)) {
            for (CSVRecord r : CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(in)) {
                former.add(new AdminUnits.FormerProvince(r.get("old_code"), r.get("old_name"), r.get("merged_into_code")));
            }
        }
        return new AdminUnits(provinces, former);
    }
}
