package org.bngopt.ui.client;

import org.bngopt.unavailability.Statement;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.bngopt.contract.BankPage;
import org.bngopt.contract.HabitatList;
import org.bngopt.contract.JobPage;
import org.bngopt.contract.JobView;
import org.bngopt.contract.MetricAnswer;
import org.bngopt.contract.LpaList;
import org.bngopt.contract.NcaList;
import org.bngopt.contract.PricePage;
import org.bngopt.contract.StockPage;
import org.bngopt.quote.QuoteRequest;

/** {@code /api/jobs} and {@code /api/reference} as the pages use them; a refusal throws {@code ApiException}. */
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public interface QuoteApi {

    /** The job: finished with its result when the answer was cached, otherwise queued. */
    @POST
    @Path("jobs")
    JobView submit(QuoteRequest request);

    @GET
    @Path("jobs/{id}")
    JobView job(@PathParam("id") String id);

    /** The job once it has ended, or as it is after {@code waitMillis}. */
    @GET
    @Path("jobs/{id}")
    JobView awaitEnd(@PathParam("id") String id, @QueryParam("waitMillis") int waitMillis);

    /** Why the job's units are unmet, as a statement. */
    @GET
    @Path("jobs/{id}/unavailability")
    Statement unavailability(@PathParam("id") String id);

    @DELETE
    @Path("jobs/{id}")
    JobView cancel(@PathParam("id") String id);

    @GET
    @Path("jobs")
    JobPage history(@QueryParam("status") String status, @QueryParam("from") String from, @QueryParam("to") String to,
                    @QueryParam("lpa") String lpa, @QueryParam("nca") String nca, @QueryParam("page") int page,
                    @QueryParam("size") int size);

    /** What a metric workbook says the quote must buy. */
    @POST
    @Path("metric")
    @Consumes(MediaType.APPLICATION_OCTET_STREAM)
    MetricAnswer readMetric(byte[] workbook);

    @GET
    @Path("reference/habitats")
    HabitatList habitats();

    @GET
    @Path("reference/lpas")
    LpaList lpas();

    @GET
    @Path("reference/ncas")
    NcaList ncas();

    @GET
    @Path("reference/banks")
    BankPage banks(@QueryParam("siteLpa") String siteLpa, @QueryParam("siteNca") String siteNca,
                   @QueryParam("page") int page, @QueryParam("size") int size);

    @GET
    @Path("reference/stock")
    StockPage stock(@QueryParam("bankId") String bankId, @QueryParam("habitat") String habitat,
                    @QueryParam("page") int page, @QueryParam("size") int size);

    @GET
    @Path("reference/prices")
    PricePage prices(@QueryParam("bankId") String bankId, @QueryParam("habitat") String habitat,
                     @QueryParam("contractSize") String contractSize, @QueryParam("tier") String tier,
                     @QueryParam("page") int page, @QueryParam("size") int size);
}
