package vn.motcua.engine.catalogue;

import java.util.List;

/** One page of search results and how many matched in all. */
public record ProcedurePage(List<ProcedureSummary> items, int total, int page, int size) {
}
