package vn.motcua.engine.models;

/** A studio version was published (inside the publishing transaction): caches of the old model go. */
public record ModelPublished(String procedureCode, int version, String processDefinitionId) {
}
