package org.bngopt.contract;

import java.util.List;

/** A page of a long reference list: its rows and how many match in all. */
public interface Paged<T> {
    int total();

    List<T> rows();
}
