package org.gioreport.results.series;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Which name keys are one body. A name is joined to a shorter name that other reports use only when that is
 * certain: 安丘市柘山镇人民政府 joins 柘山镇人民政府 when it is the only longer name that comes down to it. When
 * two (安丘市… and 诸城市柘山镇人民政府) do, the short name could be either body: nothing is joined, and each of
 * the three is told it is ambiguous. A mapping ({@code --names}) joins renamed bodies, and decides ambiguities.
 */
final class BodyGrouping {

    private final Map<String, String> bodyOf = new HashMap<>();
    private final Map<String, Set<String>> ambiguousWith = new HashMap<>();

    /**
     * @param keys    the name keys of every report
     * @param mapping name key → body key, from the user's mapping file (applied first)
     */
    BodyGrouping(Collection<String> keys, Map<String, String> mapping) {
        Set<String> present = new TreeSet<>();
        for (String k : keys) {
            present.add(mapping.getOrDefault(k, k));
        }
        Map<String, String> link = new HashMap<>();
        Map<String, Set<String>> longer = new TreeMap<>();
        for (String k : present) {
            for (String form : BodyName.shorterForms(k)) {
                if (present.contains(form)) {
                    link.put(k, form); // the longest form present
                    longer.computeIfAbsent(form, f -> new TreeSet<>()).add(k);
                    break;
                }
            }
        }
        longer.forEach((shortKey, longKeys) -> {
            if (longKeys.size() > 1) {
                for (String l : longKeys) {
                    link.remove(l);
                    ambiguousWith.computeIfAbsent(l, x -> new TreeSet<>()).add(shortKey);
                }
                ambiguousWith.computeIfAbsent(shortKey, x -> new TreeSet<>()).addAll(longKeys);
            }
        });
        for (String k : keys) {
            String body = mapping.getOrDefault(k, k);
            while (link.containsKey(body)) {
                body = link.get(body);
            }
            bodyOf.put(k, body);
        }
    }

    /** The body key of a name key. */
    String body(String key) {
        return bodyOf.get(key);
    }

    /** The other names that a body's own name could be confused with (empty when none). */
    List<String> ambiguousWith(String body) {
        return new ArrayList<>(ambiguousWith.getOrDefault(body, Set.of()));
    }
}
