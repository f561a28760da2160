package org.bngopt.quote;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * Where the development is. Every field may be null (absent); a null neighbour list means "use the
 * adjacency table", an empty one means "no neighbours" (R2.2).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Site(String lpa, String nca, List<String> lpaNeighbours, List<String> ncaNeighbours,
                   String waterbodyCatchment, String operationalCatchment) {
    public static final Site NONE = new Site(null, null, null, null, null, null);

    public Site {
        lpaNeighbours = lpaNeighbours == null ? null : List.copyOf(lpaNeighbours);
        ncaNeighbours = ncaNeighbours == null ? null : List.copyOf(ncaNeighbours);
    }
}
