package vn.motcua.workflows;

import java.nio.file.Path;

/** The real data beside the project, as the brief lays it out ({@code ../shared/data}). */
public final class SharedData {

    public static final Path PROCEDURES = Path.of("../../shared/data/procedures/procedures.jsonl");

    private SharedData() {
    }
}
