// /api/docs: Swagger UI over this server's OpenAPI document (no request leaves the server).
window.addEventListener('load', function () {
  window.ui = SwaggerUIBundle({ url: '/api/v1/openapi.json', dom_id: '#swagger-ui', deepLinking: true, validatorUrl: null });
});
