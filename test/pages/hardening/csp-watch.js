// Records every Content-Security-Policy violation of the page (in window.cspViolations). An external
// same-origin file, since the strict page refuses inline scripts; it runs before anything else.
window.cspViolations = [];
document.addEventListener('securitypolicyviolation', (event) => {
  window.cspViolations.push({
    directive: event.effectiveDirective,
    blocked: event.blockedURI,
    sample: event.sample,
    source: `${event.sourceFile}:${event.lineNumber}`,
  });
});
