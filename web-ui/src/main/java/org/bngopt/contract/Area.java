package org.bngopt.contract;

import java.util.List;

/** An LPA or NCA with its neighbours from the adjacency table. */
public record Area(String name, List<String> neighbours) {
}
