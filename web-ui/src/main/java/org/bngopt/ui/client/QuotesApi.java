package org.bngopt.ui.client;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.bngopt.contract.CustomerBody;
import org.bngopt.contract.CustomerView;
import org.bngopt.contract.DashboardView;
import org.bngopt.contract.IntroducerBody;
import org.bngopt.contract.IntroducerView;
import org.bngopt.contract.MessageView;
import org.bngopt.document.ClientDocument;
import org.bngopt.contract.QuoteBody;
import org.bngopt.contract.QuotePage;
import org.bngopt.contract.QuoteView;
import org.bngopt.contract.RequoteBody;

import java.util.List;

/** {@code /api/quotes}, {@code /api/customers}, {@code /api/introducers} and the dashboard as the pages use them. */
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public interface QuotesApi {
    @POST
    @Path("quotes")
    QuoteView save(QuoteBody body);

    @GET
    @Path("quotes/{reference}")
    QuoteView quote(@PathParam("reference") String reference);

    @PATCH
    @Path("quotes/{reference}")
    QuoteView change(@PathParam("reference") String reference, QuoteBody body);

    /** issue, accept, decline or withdraw. */
    @POST
    @Path("quotes/{reference}/{action}")
    QuoteView act(@PathParam("reference") String reference, @PathParam("action") String action);

    @POST
    @Path("quotes/{reference}/requote")
    QuoteView requote(@PathParam("reference") String reference, RequoteBody body);

    @GET
    @Path("quotes")
    QuotePage search(@QueryParam("reference") String reference, @QueryParam("client") String client,
                     @QueryParam("status") String status, @QueryParam("lpa") String lpa, @QueryParam("nca") String nca,
                     @QueryParam("from") String from, @QueryParam("to") String to, @QueryParam("customerId") Long customerId,
                     @QueryParam("page") int page, @QueryParam("size") int size);

    @GET
    @Path("quotes/{reference}/document")
    ClientDocument document(@PathParam("reference") String reference);

    @POST
    @Path("quotes/{reference}/send")
    MessageView send(@PathParam("reference") String reference);

    @GET
    @Path("admin/outbox")
    List<MessageView> outbox();

    @GET
    @Path("customers")
    List<CustomerView> customers(@QueryParam("q") String text);

    /** The customers who are the same as one with this e-mail or phone. */
    @GET
    @Path("customers/same")
    List<CustomerView> sameCustomers(@QueryParam("email") String email, @QueryParam("phone") String phone);

    @GET
    @Path("customers/{id}")
    CustomerView customer(@PathParam("id") long id);

    @POST
    @Path("customers")
    CustomerView createCustomer(CustomerBody body);

    @PUT
    @Path("customers/{id}")
    CustomerView updateCustomer(@PathParam("id") long id, CustomerBody body);

    @GET
    @Path("introducers")
    List<IntroducerView> introducers();

    @POST
    @Path("introducers")
    IntroducerView createIntroducer(IntroducerBody body);

    @PUT
    @Path("introducers/{id}")
    IntroducerView updateIntroducer(@PathParam("id") long id, IntroducerBody body);

    @GET
    @Path("admin/dashboard")
    DashboardView dashboard();
}
