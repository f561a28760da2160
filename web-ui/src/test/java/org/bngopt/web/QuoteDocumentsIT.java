package org.bngopt.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import jakarta.mail.BodyPart;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import org.bngopt.web.support.OwnServices;
import org.bngopt.web.support.PayaraMicroProcess;
import org.bngopt.web.support.Session;
import org.bngopt.web.support.TokenApi;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The client document of a saved, issued quote (issue 19) on its own instance, whose mail server is a real
 * SMTP server in this test (GreenMail): the model, the PDF (the same bytes twice, saying what the model
 * says), the e-mail, a send that is delivered, and one the server refuses, which is kept with its reason.
 */
class QuoteDocumentsIT {
    private static final OwnServices SERVICES = new OwnServices("bngopt_documents_it", 3);
    private static final String CLIENT_EMAIL = "priya@meadow.example";
    private static GreenMail smtp;
    private static PayaraMicroProcess app;

    @BeforeAll
    static void start() throws Exception {
        smtp = new GreenMail(new ServerSetup(PayaraMicroProcess.freePort(), "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        smtp.start();
        smtp.setUser("broker", "broker", "smtp-secret");
        app = SERVICES.startHealthy("documents", Map.of("MAIL_SMTP_HOST", "127.0.0.1",
                "MAIL_SMTP_PORT", String.valueOf(smtp.getSmtp().getPort()), "MAIL_SMTP_USER", "broker",
                "MAIL_SMTP_PASSWORD", "smtp-secret", "MAIL_FROM", "quotes@meadowbank.example",
                "BRAND_NAME", "Meadowbank Biodiversity Brokers", "WORKERS_PER_INSTANCE", "1"));
    }

    @AfterAll
    static void stop() throws Exception {
        if (app != null) {
            app.close();
        }
        if (smtp != null) {
            smtp.stop();
        }
        SERVICES.drop();
    }

    @Test
    void anIssuedQuotesDocumentIsOneModelAsJsonPdfAndEmailAndIsSentOrKeptWithTheReason() throws Exception {
        URI base = URI.create(app.baseUrl() + "/");
        TokenApi api = new TokenApi(base);
        Session admin = Session.admin(base);
        long introducer = TokenApi.JSON.readTree(admin.api("POST", "api/introducers", HttpRequest.BodyPublishers.ofString(
                "{\"name\":\"Green Agents\",\"discountType\":\"NONE\"}"), "application/json").body()).get("id").asLong();
        String jobId = api.finishedJob("{\"demand\":[{\"habitat\":\"Grassland - Other neutral grassland\",\"units\":2.5},"
                + "{\"habitat\":\"Native hedgerow\",\"units\":0.12387},{\"habitat\":\"Net Gain (Low-equivalent)\",\"units\":0.4}],"
                + "\"site\":{\"lpa\":\"Winchester\",\"nca\":\"Hampshire Downs\"}}");
        String reference = api.expect(201, "POST", "api/quotes", "{\"jobId\":\"" + jobId + "\",\"introducerId\":" + introducer
                + ",\"customer\":{\"name\":\"Priya Patel\",\"company\":\"Meadow Homes\",\"email\":\"" + CLIENT_EMAIL + "\"},"
                + "\"site\":{\"location\":\"Land east of Mill Lane\",\"postcode\":\"SO51 8AA\"}}").get("reference").asText();
        assertThat(api.call("POST", "api/quotes/" + reference + "/send", null).body()).as("a draft is not sent")
                .contains("NOT_ISSUED");
        api.expect(200, "POST", "api/quotes/" + reference + "/issue", null);

        JsonNode document = api.expect(200, "GET", "api/quotes/" + reference + "/document", null);
        assertThat(document.get("title").asText()).isEqualTo("Quote " + reference);
        assertThat(document.at("/brand/name").asText()).isEqualTo("Meadowbank Biodiversity Brokers");
        assertThat(document.at("/introducer/name").asText()).isEqualTo("Green Agents");
        assertThat(document.get("sections")).extracting(section -> section.get("title").asText()).containsExactly("Area habitats",
                "Hedgerows");
        List<String> costs = new ArrayList<>();
        BigDecimal sum = BigDecimal.ZERO;
        for (JsonNode section : document.get("sections")) {
            for (JsonNode row : section.get("rows")) {
                costs.add(row.at("/text/cost").asText());
                sum = sum.add(row.get("cost").decimalValue());
            }
        }
        assertThat(document.get("subtotal").decimalValue()).as("the sum of the shown costs").isEqualByComparingTo(sum);
        assertThat(document.get("total").decimalValue()).isEqualByComparingTo(sum.add(document.get("adminFee").decimalValue()));

        HttpResponse<byte[]> pdf = api.bytes("api/quotes/" + reference + "/document.pdf");
        assertThat(pdf.statusCode()).isEqualTo(200);
        assertThat(pdf.headers().firstValue("Content-Type")).hasValue("application/pdf");
        assertThat(api.bytes("api/quotes/" + reference + "/document.pdf").body()).as("byte-identical").isEqualTo(pdf.body());
        // For the README's picture: pdftoppm -png -r 80 -f 1 -l 1 web-ui/target/client-document.pdf docs/screenshots/client-document
        java.nio.file.Files.write(java.nio.file.Path.of("target", "client-document.pdf"), pdf.body());
        String text = pdfText(pdf.body());
        assertThat(text).contains(reference, "Priya Patel", "Meadow Homes", "Green Agents", document.at("/text/total").asText(),
                "Total + VAT", "Page 1 of");
        costs.forEach(cost -> assertThat(text).contains(cost));

        MimeMessage eml = new MimeMessage(null, new ByteArrayInputStream(api.bytes("api/quotes/" + reference + "/email.eml").body()));
        assertEmail(eml, reference);

        JsonNode sent = api.expect(200, "POST", "api/quotes/" + reference + "/send", null);
        assertThat(sent.get("status").asText()).isEqualTo("SENT");
        assertThat(smtp.waitForIncomingEmail(10_000, 1)).isTrue();
        MimeMessage received = smtp.getReceivedMessages()[0];
        assertThat(received.getAllRecipients()[0].toString()).isEqualTo(CLIENT_EMAIL);
        assertEmail(received, reference);

        smtp.getUserManager().getUser("broker").setPassword("changed-on-the-server");
        JsonNode refused = api.expect(200, "POST", "api/quotes/" + reference + "/send", null);
        assertThat(refused.get("status").asText()).isEqualTo("FAILED");
        assertThat(refused.get("reason").asText()).containsIgnoringCase("auth");
        JsonNode quote = api.expect(200, "GET", "api/quotes/" + reference, null);
        assertThat(quote.get("messages")).extracting(message -> message.get("status").asText()).containsExactly("SENT", "FAILED");
        JsonNode outbox = TokenApi.JSON.readTree(admin.get("api/admin/outbox").body());
        assertThat(outbox).hasSize(1);
        assertThat(outbox.get(0).get("reason").asText()).isEqualTo(refused.get("reason").asText());
        HttpResponse<byte[]> kept = admin.download("api/admin/outbox/" + outbox.get(0).get("id").asText() + ".eml");
        assertEmail(new MimeMessage(null, new ByteArrayInputStream(kept.body())), reference);
        admin.awaitAudit("quote not sent", "token:bootstrap");
    }

    private static void assertEmail(MimeMessage message, String reference) throws Exception {
        assertThat(message.getSubject()).isEqualTo("RE: BNG Units for site at Land east of Mill Lane - " + reference);
        Multipart mixed = (Multipart) message.getContent();
        assertThat(mixed.getCount()).isEqualTo(2);
        Multipart alternative = (Multipart) mixed.getBodyPart(0).getContent();
        List<String> types = new ArrayList<>();
        for (int i = 0; i < alternative.getCount(); i++) {
            BodyPart part = alternative.getBodyPart(i);
            types.add(part.getContentType().split(";")[0].toLowerCase());
            assertThat(part.getContent().toString()).contains("Priya Patel", reference, "Green Agents");
        }
        assertThat(types).containsExactly("text/plain", "text/html");
        BodyPart attachment = mixed.getBodyPart(1);
        assertThat(attachment.getDisposition()).isEqualTo(Part.ATTACHMENT);
        assertThat(attachment.getFileName()).isEqualTo(reference + ".pdf");
        assertThat(pdfText(attachment.getInputStream().readAllBytes())).contains(reference);
    }

    private static String pdfText(byte[] pdf) throws Exception {
        PdfReader reader = new PdfReader(pdf);
        PdfTextExtractor extractor = new PdfTextExtractor(reader);
        StringBuilder text = new StringBuilder();
        for (int page = 1; page <= reader.getNumberOfPages(); page++) {
            text.append(extractor.getTextFromPage(page)).append('\n');
        }
        return text.toString();
    }
}
