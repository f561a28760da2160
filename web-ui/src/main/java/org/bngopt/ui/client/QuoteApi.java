package org.bngopt.ui.client;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** The API of {@code /api} as the pages use it; bodies stay JSON text and are read with Jackson. */
@Produces(MediaType.APPLICATION_JSON)
public interface QuoteApi {

    @POST
    @Path("jobs")
    @Consumes(MediaType.APPLICATION_JSON)
    Response submit(String request);

    @GET
    @Path("jobs/{id}")
    Response job(@PathParam("id") String id);

    @DELETE
    @Path("jobs/{id}")
    Response cancel(@PathParam("id") String id);

    @GET
    @Path("jobs")
    Response history(@QueryParam("status") String status, @QueryParam("from") String from, @QueryParam("to") String to,
                     @QueryParam("lpa") String lpa, @QueryParam("nca") String nca, @QueryParam("page") int page,
                     @QueryParam("size") int size);

    @GET
    @Path("reference/habitats")
    String habitats();

    @GET
    @Path("reference/lpas")
    String lpas();

    @GET
    @Path("reference/ncas")
    String ncas();

    @GET
    @Path("reference/banks")
    Response banks(@QueryParam("siteLpa") String siteLpa, @QueryParam("siteNca") String siteNca,
                   @QueryParam("page") int page, @QueryParam("size") int size);

    @GET
    @Path("reference/stock")
    Response stock(@QueryParam("bankId") String bankId, @QueryParam("habitat") String habitat,
                   @QueryParam("page") int page, @QueryParam("size") int size);

    @GET
    @Path("reference/prices")
    Response prices(@QueryParam("bankId") String bankId, @QueryParam("habitat") String habitat,
                    @QueryParam("contractSize") String contractSize, @QueryParam("tier") String tier,
                    @QueryParam("page") int page, @QueryParam("size") int size);

    @GET
    @Path("info")
    String info();
}
