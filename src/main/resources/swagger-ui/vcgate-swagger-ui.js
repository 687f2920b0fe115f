// Starts Swagger UI on the contract the page names (/q/openapi), in a file of its own so that the page
// needs no inline script. Served at /q/swagger-ui/vcgate-swagger-ui.js by io.vcgate.ops.SwaggerUi.
window.addEventListener('load', function () {
  var root = document.getElementById('swagger-ui');
  window.ui = SwaggerUIBundle({
    url: root.getAttribute('data-contract'),
    dom_id: '#swagger-ui',
    presets: [SwaggerUIBundle.presets.apis, SwaggerUIStandalonePreset],
    plugins: [SwaggerUIBundle.plugins.DownloadUrl],
    layout: 'StandaloneLayout',
    deepLinking: true,
    // the vCenter password typed into "Authorize" lives in this page only, never in the browser's storage
    persistAuthorization: false,
    // the contract is never sent to swagger.io's online validator
    validatorUrl: null
  });
});
