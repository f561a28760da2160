// The interactive API page reads the document MicroProfile OpenAPI serves at /openapi.
window.ui = SwaggerUIBundle({ url: "../openapi", dom_id: "#swagger-ui" });
