package org.bngopt.api.reference;

import org.bngopt.contract.Area;
import org.bngopt.contract.BankPage;
import org.bngopt.contract.BankView;
import org.bngopt.contract.DemandHabitat;
import org.bngopt.contract.HabitatList;
import org.bngopt.contract.LpaList;
import org.bngopt.contract.NcaList;
import org.bngopt.contract.PricePage;
import org.bngopt.contract.StockPage;
import org.bngopt.reference.Price;
import org.bngopt.reference.StockParcel;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.bngopt.api.Parameters;
import org.bngopt.quote.Site;
import org.bngopt.reference.Habitat;
import org.bngopt.reference.Ledger;
import org.bngopt.reference.Areas;
import org.bngopt.reference.ReferenceData;
import org.bngopt.reference.boundary.ReferenceSnapshots;
import org.bngopt.rules.Catalogue;
import org.bngopt.rules.Tiers;
import org.eclipse.microprofile.openapi.annotations.Operation;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.SortedSet;
import java.util.Map;
import java.util.function.Predicate;

/** The reference data of the current snapshot; lists that can be long are paged and filtered. */
@Path("reference")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class ReferenceResource {
    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    @Inject
    ReferenceSnapshots snapshots;

    @GET
    @Path("habitats")
    @Operation(summary = "Habitats a demand line may name, with ledger and distinctiveness")
    public HabitatList habitats() {
        ReferenceData data = snapshots.current();
        List<DemandHabitat> habitats = new ArrayList<>();
        for (Habitat habitat : data.habitats()) {
            habitats.add(new DemandHabitat(habitat.name(), habitat.broadType(), habitat.distinctiveness(),
                    habitat.ledger().code(), false));
        }
        habitats.add(new DemandHabitat(Catalogue.NET_GAIN_AREA, "Net Gain", Catalogue.LOW, "area", true));
        habitats.add(new DemandHabitat(Catalogue.NET_GAIN_HEDGEROW, "Net Gain", Catalogue.LOW, "hedgerow", true));
        habitats.add(new DemandHabitat(Catalogue.NET_GAIN_WATERCOURSE, "Net Gain", Catalogue.LOW, "watercourse", true));
        habitats.sort(Comparator.comparing(DemandHabitat::ledger).thenComparing(DemandHabitat::name));
        return new HabitatList(data.version(), habitats);
    }

    @GET
    @Path("lpas")
    @Operation(summary = "Local planning authorities with their neighbours")
    public LpaList lpas() {
        ReferenceData data = snapshots.current();
        return new LpaList(data.version(), areas(Areas.lpas(data)));
    }

    @GET
    @Path("ncas")
    @Operation(summary = "National character areas with their neighbours")
    public NcaList ncas() {
        ReferenceData data = snapshots.current();
        return new NcaList(data.version(), areas(Areas.ncas(data)));
    }

    @GET
    @Path("banks")
    @Operation(summary = "Habitat banks, filtered by LPA or NCA, with their tier for a site, paged")
    public BankPage banks(@QueryParam("lpa") String lpa, @QueryParam("nca") String nca,
                        @QueryParam("siteLpa") String siteLpa, @QueryParam("siteNca") String siteNca,
                        @QueryParam("page") String page, @QueryParam("size") String size) {
        ReferenceData data = snapshots.current();
        String givenLpa = Parameters.text("siteLpa", siteLpa);
        String givenNca = Parameters.text("siteNca", siteNca);
        boolean siteGiven = givenLpa != null || givenNca != null;
        Tiers tiers = new Tiers(new Site(givenLpa, givenNca, null, null, null, null), data);
        List<BankView> banks = data.banks().stream()
                .filter(bank -> matches("lpa", lpa, bank.lpa()) && matches("nca", nca, bank.nca()))
                .map(bank -> new BankView(bank.id(), bank.name(), bank.lpa(), bank.nca(), bank.waterbodyCatchment(),
                        bank.operationalCatchment(), siteGiven ? tiers.tierOf(bank, Ledger.AREA) : null))
                .toList();
        Slice<BankView> slice = Slice.of(banks, bank -> true, page, size);
        return new BankPage(data.version(), slice.page(), slice.size(), slice.total(), slice.rows());
    }

    @GET
    @Path("stock")
    @Operation(summary = "Stock parcels, filtered by bank or habitat, paged")
    public StockPage stock(@QueryParam("bankId") String bankId, @QueryParam("habitat") String habitat,
                        @QueryParam("page") String page, @QueryParam("size") String size) {
        ReferenceData data = snapshots.current();
        Slice<StockParcel> slice = Slice.of(data.stock(),
                parcel -> matches("bankId", bankId, parcel.bankId()) && matches("habitat", habitat, parcel.habitatName()), page, size);
        return new StockPage(data.version(), slice.page(), slice.size(), slice.total(), slice.rows());
    }

    @GET
    @Path("prices")
    @Operation(summary = "Prices, filtered by bank, habitat, contract size or tier, paged")
    public PricePage prices(@QueryParam("bankId") String bankId, @QueryParam("habitat") String habitat,
                         @QueryParam("contractSize") String contractSize, @QueryParam("tier") String tier,
                         @QueryParam("page") String page, @QueryParam("size") String size) {
        ReferenceData data = snapshots.current();
        Slice<Price> slice = Slice.of(data.prices(), price -> matches("bankId", bankId, price.bankId())
                && matches("habitat", habitat, price.habitatName()) && matches("contractSize", contractSize, price.contractSize())
                && matches("tier", tier, price.tier()), page, size);
        return new PricePage(data.version(), slice.page(), slice.size(), slice.total(), slice.rows());
    }

    private static boolean matches(String name, String wanted, String actual) {
        String filter = Parameters.text(name, wanted);
        return filter == null || filter.equals(actual);
    }

    /** One page of the rows that match a filter. */
    private record Slice<T>(int page, int size, int total, List<T> rows) {
        static <T> Slice<T> of(List<T> rows, Predicate<T> filter, String page, String size) {
            int pageNumber = Parameters.page(page);
            int pageSize = Parameters.size(size, 100);
            List<T> matching = rows.stream().filter(filter).toList();
            return new Slice<>(pageNumber, pageSize, matching.size(),
                    matching.stream().skip((long) pageNumber * pageSize).limit(pageSize).toList());
        }
    }

    private static List<Area> areas(Map<String, SortedSet<String>> neighbours) {
        return neighbours.entrySet().stream().map(entry -> new Area(entry.getKey(), List.copyOf(entry.getValue()))).toList();
    }

    @GET
    @Path("export.zip")
    @Produces("application/zip")
    @Operation(summary = "The current reference data as a zip of the CSV tables and VERSION (the sample's format)")
    public Response exportZip() {
        ReferenceData data = snapshots.current();
        return download(ReferenceExport.zip(data), "reference-" + data.version() + ".zip");
    }

    @GET
    @Path("export.xlsx")
    @Produces(XLSX)
    @Operation(summary = "The current reference data as a workbook: one sheet per table, and VERSION")
    public Response exportWorkbook() {
        ReferenceData data = snapshots.current();
        return download(ReferenceExport.workbook(data), "reference-" + data.version() + ".xlsx");
    }

    private static Response download(byte[] content, String fileName) {
        return Response.ok(content).header("Content-Disposition", "attachment; filename=\"" + fileName.replaceAll("[^A-Za-z0-9._-]", "_") + "\"").build();
    }
}
