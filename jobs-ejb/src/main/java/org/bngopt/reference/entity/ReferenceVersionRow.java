package org.bngopt.reference.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

/** The single row naming the reference data now in the tables. */
@Entity
@Table(name = "reference_version")
@NamedQuery(name = ReferenceVersionRow.CURRENT, query = "select r.version from ReferenceVersionRow r")
public class ReferenceVersionRow {
    public static final String CURRENT = "ReferenceVersionRow.current";

    @Id
    private short id;

    @Column(nullable = false)
    private String version;

    public String version() {
        return version;
    }
}
