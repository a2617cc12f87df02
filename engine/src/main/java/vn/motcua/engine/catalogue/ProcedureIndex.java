package vn.motcua.engine.catalogue;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * In-memory search over the catalogue's summaries (1,084 entries: a few hundred kilobytes), rebuilt
 * whenever the catalogue is loaded. Matching is on folded words, so diacritics and word order do
 * not matter; every query word must match (a word of the title, sector or agency equal to it or
 * starting with it), and if none does, entries matching most words are offered instead.
 */
final class ProcedureIndex {

    private record Document(ProcedureSummary summary, String foldedTitle, Set<String> titleWords,
                            Set<String> otherWords) {
    }

    private record Hit(ProcedureSummary summary, double score, int titleLength) {
    }

    private final List<Document> documents;

    ProcedureIndex(List<ProcedureSummary> summaries) {
        documents = summaries.stream().map(s -> new Document(s,
                " " + String.join(" ", VietnameseText.words(s.title())) + " ",
                new HashSet<>(VietnameseText.words(s.title())),
                new HashSet<>(VietnameseText.words(s.sector() + " " + s.competentAgency() + " "
                        + s.implementingAgency())))).toList();
    }

    int size() {
        return documents.size();
    }

    ProcedurePage search(ProcedureQuery query) {
        List<String> words = VietnameseText.words(query.text());
        String phrase = " " + String.join(" ", words) + " ";
        List<Hit> all = new ArrayList<>();
        List<Hit> partial = new ArrayList<>();
        for (Document d : documents) {
            if (!passesFilters(d.summary(), query)) {
                continue;
            }
            if (words.isEmpty()) {
                all.add(new Hit(d.summary(), 0, d.foldedTitle().length()));
                continue;
            }
            double score = 0;
            int matched = 0;
            for (String word : words) {
                double s = wordScore(d, word);
                score += s;
                matched += s > 0 ? 1 : 0;
            }
            if (matched == 0) {
                continue;
            }
            if (d.foldedTitle().contains(phrase)) {
                score += 4 + words.size();
            }
            Hit hit = new Hit(d.summary(), score, d.foldedTitle().length());
            (matched == words.size() ? all : partial).add(hit);
        }
        List<Hit> hits = all.isEmpty() ? partial : all;
        hits.sort(Comparator.comparingDouble(Hit::score).reversed()
                .thenComparingInt(Hit::titleLength)
                .thenComparing(h -> h.summary().code()));
        int from = Math.min(query.page() * query.size(), hits.size());
        int to = Math.min(from + query.size(), hits.size());
        return new ProcedurePage(hits.subList(from, to).stream().map(Hit::summary).toList(),
                hits.size(), query.page(), query.size());
    }

    private static double wordScore(Document d, String word) {
        if (word.equals(d.summary().code())) {
            return 100;
        }
        if (d.titleWords().contains(word)) {
            return 3;
        }
        if (word.length() >= 2 && d.titleWords().stream().anyMatch(t -> t.startsWith(word))) {
            return 1.5;
        }
        if (d.otherWords().contains(word)) {
            return 1;
        }
        return 0;
    }

    private static boolean passesFilters(ProcedureSummary s, ProcedureQuery q) {
        return (q.sector() == null || q.sector().equals(s.sector()))
                && (q.level() == null || s.levels().contains(q.level()))
                && (q.agency() == null || q.agency().equals(s.competentAgency()) || q.agency().equals(s.implementingAgency()))
                && (q.onlineLevel() == null || q.onlineLevel() == s.onlineLevel())
                && (q.paid() == null || q.paid() == s.paid());
    }
}
